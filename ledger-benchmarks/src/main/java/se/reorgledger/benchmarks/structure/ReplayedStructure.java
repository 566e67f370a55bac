package se.reorgledger.benchmarks.structure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.structure.StructureTree;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitState;

/**
 * The first baseline: an event-sourced system without read models answers each question by replaying the
 * organisation's events. One query reads the organisation's stream from the event table in sequence order, stops
 * at the first event recorded after knownAt (the ledger records in order, so everything after is later too),
 * deserialises the rest with the service's serializer, applies the corrections then known and folds the core's
 * state up to asOf in effective order. That is the ledger's semantics as the projections' reference replay states
 * them, in one pass and one query; Axon's own aggregate loading would be slower (a query per 100 events).
 */
public final class ReplayedStructure {

    private static final String STREAM = "SELECT time_stamp, payload_type, payload_revision, payload, global_index "
            + "FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number";

    private final DataSource dataSource;
    private final Serializer serializer;

    public ReplayedStructure(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
        this.serializer = serializer;
    }

    public UnitNode structure(String organisationId, LocalDate asOf, Instant knownAt) throws SQLException {
        Fold fold = new Fold();
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams a result in fetch-size pieces only inside a transaction.
            connection.setAutoCommit(false);
            try (PreparedStatement stream = connection.prepareStatement(STREAM)) {
                stream.setFetchSize(1_000);
                stream.setString(1, organisationId);
                try (ResultSet events = stream.executeQuery()) {
                    while (events.next()) {
                        if (DateTimeUtils.parseInstant(events.getString(1)).isAfter(knownAt)) {
                            break;
                        }
                        fold.add(serializer.deserialize(new SimpleSerializedObject<>(events.getBytes(4), byte[].class,
                                events.getString(2), events.getString(3))), events.getLong(5));
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        return fold.structure(asOf);
    }

    /** The events known so far, sorted into what the core folds. */
    private static final class Fold {
        private final List<TimedChange> changes = new ArrayList<>();
        private final Map<String, LocalDate> correctedDates = new HashMap<>();
        private final Set<String> annulled = new HashSet<>();
        private final Map<String, String> personNames = new HashMap<>();
        private UnitState root;

        void add(Object payload, long position) {
            if (payload instanceof DatedChangeEvent change) {
                changes.add(TimedChange.asRecorded(change, position));
            } else if (payload instanceof EffectiveDateCorrectedEvent corrected) {
                correctedDates.put(corrected.targetChangeId(), corrected.effectiveDate());
            } else if (payload instanceof ChangeAnnulledEvent annulment) {
                annulled.add(annulment.targetChangeId());
            } else if (payload instanceof PersonRegisteredEvent person) {
                personNames.put(person.personId(), person.name());
            } else if (payload instanceof PersonNameCorrectedEvent person) {
                personNames.put(person.personId(), person.name());
            } else if (payload instanceof OrganisationRegisteredEvent registered) {
                root = UnitState.root(registered.organisationId(), registered.name());
            }
        }

        UnitNode structure(LocalDate asOf) {
            List<TimedChange> timeline = new ArrayList<>(changes.size());
            for (TimedChange change : changes) {
                String id = change.event().changeId();
                if (!annulled.contains(id)) {
                    timeline.add(new TimedChange(change.event(),
                            correctedDates.getOrDefault(id, change.effectiveDate()), change.ledgerOrder()));
                }
            }
            timeline.sort(ChangePhase.EFFECTIVE_ORDER);
            OrganisationState state = new OrganisationState(root, personNames::get);
            for (TimedChange change : timeline) {
                if (change.effectiveDate().isAfter(asOf)) {
                    break;
                }
                state.apply(change.event(), change.effectiveDate());
            }
            return StructureTree.of(state);
        }
    }
}
