package se.reorgledger.api.readmodel;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Tells {@link ReadSideStatus} how each event fared with every handler of the read models' processor: applied
 * only once all of them took it in, failed if any threw. Around the whole chain rather than inside one handler,
 * so that no handler of the processor can fail unseen.
 */
class ReadSideReporting implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ObjectProvider<ReadSideStatus> statusProvider;

    /**
     * The status is looked up at the first event: the interceptor is configured with Axon, before the database
     * is migrated, and the status reads the ledger's head when it is made.
     */
    ReadSideReporting(ObjectProvider<ReadSideStatus> statusProvider) {
        this.statusProvider = statusProvider;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        ReadSideStatus status = statusProvider.getObject();
        EventMessage<?> event = unitOfWork.getMessage();
        long position = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(-1) : -1;
        try {
            Object result = chain.proceed();
            status.applied(position, event.getTimestamp());
            return result;
        } catch (Exception | Error e) {
            status.failed(position, event.getIdentifier(), event.getPayloadType().getName(), e);
            throw e;
        }
    }
}
