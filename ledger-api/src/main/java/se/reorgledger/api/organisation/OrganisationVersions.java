package se.reorgledger.api.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.decision.DecisionLifecycleEvent;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.organisation.ChangePackageRecordedEvent;

/**
 * An organisation's version: the sequence number of the last event recorded for it, as the ledger itself holds
 * it (not the read models, which may be behind). A package sent with {@code If-Match} of a version is recorded
 * only while the organisation is still at it.
 */
@Component
public class OrganisationVersions {

    /** At most this many events are named in an answer about what was recorded since a version. */
    static final int MAX_NAMED = 100;

    private final EventStore events;

    public OrganisationVersions(EventStore events) {
        this.events = events;
    }

    public Optional<Long> current(String organisationId) {
        return events.lastSequenceNumberFor(organisationId);
    }

    /** The events recorded for the organisation after {@code version}, oldest first, at most {@link #MAX_NAMED}. */
    public List<RecordedSince> since(String organisationId, long version) {
        List<RecordedSince> recorded = new ArrayList<>();
        DomainEventStream stream = events.readEvents(organisationId, version + 1);
        while (stream.hasNext() && recorded.size() < MAX_NAMED) {
            recorded.add(RecordedSince.of(stream.next()));
        }
        return recorded;
    }

    /** One event recorded since: its version, what it is, the decision that made it and when it was recorded. */
    public record RecordedSince(long version, String event, String decision, String recordedAt) {

        static RecordedSince of(DomainEventMessage<?> message) {
            String type = message.getPayloadType().getSimpleName();
            return new RecordedSince(message.getSequenceNumber(),
                    type.endsWith("Event") ? type.substring(0, type.length() - "Event".length()) : type,
                    decisionOf(message.getPayload()), message.getTimestamp().toString());
        }

        /** The decision an event belongs to; registrations and the person register belong to none. */
        private static String decisionOf(Object payload) {
            if (payload instanceof ChangeEvent change) {
                return change.decisionId();
            }
            if (payload instanceof ChangePackageRecordedEvent recorded) {
                return recorded.decisionId();
            }
            if (payload instanceof DecisionRecordedEvent decision) {
                return decision.decisionId();
            }
            return payload instanceof DecisionLifecycleEvent step ? step.decisionId() : null;
        }
    }
}
