package se.reorgledger.core.organisation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * An organisation sourced from events without Axon's lifecycle, to look at what a refused command throws in
 * detail (a refusal applies nothing, so no lifecycle is needed to handle it).
 */
final class AggregateSourcing {

    private AggregateSourcing() {
    }

    static Organisation source(List<Object> events) {
        Organisation organisation = new Organisation();
        for (Object event : events) {
            Method handler = Arrays.stream(Organisation.class.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(EventSourcingHandler.class))
                    .filter(method -> method.getParameterTypes()[0].isInstance(event))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no handler for " + event));
            try {
                handler.setAccessible(true);
                handler.invoke(organisation, event);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return organisation;
    }
}
