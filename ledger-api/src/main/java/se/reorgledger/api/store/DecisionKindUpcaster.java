package se.reorgledger.api.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionRecordedEvent;

/**
 * {@link DecisionRecordedEvent} revision 1 to 2: every decision recorded before decisions had a kind was a
 * decision of its organ, a {@code beslut}, with no delegate and no point of a delegationsordning.
 */
public final class DecisionKindUpcaster extends SingleEventUpcaster {

    static final String TYPE = DecisionRecordedEvent.class.getName();
    static final String FROM = "1";
    static final String TO = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && FROM.equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, TO), JsonNode.class,
                DecisionKindUpcaster::withKind);
    }

    static JsonNode withKind(JsonNode payload) {
        ObjectNode upcast = ((ObjectNode) payload).deepCopy();
        upcast.put("kind", DecisionKind.beslut.name());
        upcast.putNull("delegate");
        upcast.putNull("delegationPoint");
        return upcast;
    }
}
