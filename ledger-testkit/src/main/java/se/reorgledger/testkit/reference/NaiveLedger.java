package se.reorgledger.testkit.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.change.OrganisationEvent;
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
import se.reorgledger.core.recording.RecordedEvent;

/**
 * The ledger's semantics written as plainly as possible, to check the index against: filter the recorded
 * events by knownAt, apply the corrections then known, sort in effective order and fold with the core.
 */
public final class NaiveLedger {

    private final List<RecordedEvent> events;

    public NaiveLedger(List<RecordedEvent> events) {
        this.events = List.copyOf(events);
    }

    /** Every change in force as known at {@code knownAt}, at its corrected date, in effective order. */
    public List<TimedChange> timeline(String organisationId, Instant knownAt) {
        Map<String, LocalDate> correctedDates = new HashMap<>();
        Set<String> annulled = new HashSet<>();
        List<RecordedEvent> changes = new ArrayList<>();
        for (RecordedEvent event : known(organisationId, knownAt)) {
            if (event.payload() instanceof DatedChangeEvent) {
                changes.add(event);
            } else if (event.payload() instanceof EffectiveDateCorrectedEvent corrected) {
                correctedDates.put(corrected.targetChangeId(), corrected.effectiveDate());
            } else if (event.payload() instanceof ChangeAnnulledEvent annulment) {
                annulled.add(annulment.targetChangeId());
            }
        }
        List<TimedChange> timeline = new ArrayList<>();
        for (RecordedEvent event : changes) {
            DatedChangeEvent change = (DatedChangeEvent) event.payload();
            if (!annulled.contains(change.changeId())) {
                timeline.add(new TimedChange(change,
                        correctedDates.getOrDefault(change.changeId(), change.effectiveDate()), event.position()));
            }
        }
        timeline.sort(ChangePhase.EFFECTIVE_ORDER);
        return timeline;
    }

    /**
     * Every change known at {@code knownAt} that touched the unit (its own, its chef roles', its service to
     * nämnder), annulled ones included, in effective order at the dates then known.
     */
    public List<TimedChange> history(String organisationId, String unitId, Instant knownAt) {
        Map<String, LocalDate> correctedDates = new HashMap<>();
        Map<String, String> unitOfRole = new HashMap<>();
        List<RecordedEvent> known = known(organisationId, knownAt);
        for (RecordedEvent event : known) {
            if (event.payload() instanceof EffectiveDateCorrectedEvent corrected) {
                correctedDates.put(corrected.targetChangeId(), corrected.effectiveDate());
            } else if (event.payload() instanceof se.reorgledger.core.chef.ChefRoleEstablishedEvent role) {
                unitOfRole.putIfAbsent(role.chefRoleId(), role.unitId());
            }
        }
        List<TimedChange> history = new ArrayList<>();
        for (RecordedEvent event : known) {
            if (event.payload() instanceof DatedChangeEvent change && unitId.equals(unitTouched(change, unitOfRole))) {
                history.add(new TimedChange(change,
                        correctedDates.getOrDefault(change.changeId(), change.effectiveDate()), event.position()));
            }
        }
        history.sort(ChangePhase.EFFECTIVE_ORDER);
        return history;
    }

    public Set<String> annulled(String organisationId, Instant knownAt) {
        Set<String> annulled = new HashSet<>();
        for (RecordedEvent event : known(organisationId, knownAt)) {
            if (event.payload() instanceof ChangeAnnulledEvent annulment) {
                annulled.add(annulment.targetChangeId());
            }
        }
        return annulled;
    }

    private static String unitTouched(DatedChangeEvent change, Map<String, String> unitOfRole) {
        if (change instanceof se.reorgledger.core.unit.UnitChangeEvent unit) {
            return unit.unitId();
        }
        if (change instanceof se.reorgledger.core.chef.ChefRoleChangeEvent role) {
            return unitOfRole.get(role.chefRoleId());
        }
        if (change instanceof se.reorgledger.core.committee.KontorServiceStartedEvent started) {
            return started.unitId();
        }
        if (change instanceof se.reorgledger.core.committee.KontorServiceEndedEvent ended) {
            return ended.unitId();
        }
        return null;
    }

    public OrganisationState state(String organisationId, LocalDate asOf, Instant knownAt) {
        Map<String, String> names = personNames(organisationId, knownAt);
        OrganisationState state = new OrganisationState(root(organisationId), names::get);
        for (TimedChange change : timeline(organisationId, knownAt)) {
            if (!change.effectiveDate().isAfter(asOf)) {
                state.apply(change.event(), change.effectiveDate());
            }
        }
        return state;
    }

    public UnitNode structure(String organisationId, LocalDate asOf, Instant knownAt) {
        return StructureTree.of(state(organisationId, asOf, knownAt));
    }

    public Map<String, String> personNames(String organisationId, Instant knownAt) {
        Map<String, String> names = new HashMap<>();
        for (RecordedEvent event : known(organisationId, knownAt)) {
            if (event.payload() instanceof PersonRegisteredEvent person) {
                names.put(person.personId(), person.name());
            } else if (event.payload() instanceof PersonNameCorrectedEvent person) {
                names.put(person.personId(), person.name());
            }
        }
        return names;
    }

    public UnitState root(String organisationId) {
        for (RecordedEvent event : events) {
            if (event.payload() instanceof OrganisationRegisteredEvent registered
                    && registered.organisationId().equals(organisationId)) {
                return UnitState.root(organisationId, registered.name());
            }
        }
        throw new IllegalArgumentException("no organisation " + organisationId);
    }

    public List<RecordedEvent> known(String organisationId, Instant knownAt) {
        return events.stream()
                .filter(event -> !event.recordedAt().isAfter(knownAt))
                .filter(event -> organisationId.equals(organisationOf(event.payload())))
                .toList();
    }

    private static String organisationOf(Object payload) {
        return payload instanceof OrganisationEvent event ? event.organisationId() : null;
    }
}
