package se.reorgledger.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.change.ChangeIds;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.change.Establishment;
import se.reorgledger.core.committee.CommitteeDissolvedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.TimedChange;

/**
 * Every change recorded for an organisation, in ledger order, with the effective date that the latest
 * correction gives it and whether it has been annulled. This is what a new package is checked against.
 */
final class ChangeLog {

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byChangeId = new HashMap<>();
    private final Set<String> correctionIds = new HashSet<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, Integer> lastNumberByDecision = new HashMap<>();
    /**
     * The changes in force in {@link ChangePhase#EFFECTIVE_ORDER}, kept as they are recorded so that a package is
     * not checked after sorting the whole history again: derived from the entries, never stored.
     */
    private transient List<TimedChange> inEffectiveOrder = new ArrayList<>();
    /** Changes recorded (or given another date) since {@link #inEffectiveOrder} was last merged. */
    private final transient Set<TimedChange> unmerged = Collections.newSetFromMap(new IdentityHashMap<>());

    void record(ChangeEvent change) {
        countNumber(change);
        if (change instanceof DatedChangeEvent dated) {
            Entry entry = new Entry(dated, entries.size());
            entries.add(entry);
            byChangeId.put(dated.changeId(), entry);
            Optional.ofNullable(establishedId(dated)).ifPresent(usedIds::add);
            unmerged.add(entry.timed);
        } else if (change instanceof EffectiveDateCorrectedEvent corrected) {
            correctionIds.add(corrected.changeId());
            Entry target = byChangeId.get(corrected.targetChangeId());
            leaveEffectiveOrder(target.timed);
            target.effectiveDate = corrected.effectiveDate();
            target.timed = new TimedChange(target.event, target.effectiveDate, target.order);
            if (!target.annulled) {
                unmerged.add(target.timed);
            }
        } else if (change instanceof ChangeAnnulledEvent annulled) {
            correctionIds.add(annulled.changeId());
            Entry target = byChangeId.get(annulled.targetChangeId());
            leaveEffectiveOrder(target.timed);
            target.annulled = true;
        }
    }

    /**
     * The changes in force, each at its corrected date, in {@link ChangePhase#EFFECTIVE_ORDER}: the same changes as
     * {@link #timeline()}, sorted. Read only; the ledger order continues from {@link #size()}.
     */
    List<TimedChange> inEffectiveOrder() {
        if (!unmerged.isEmpty()) {
            inEffectiveOrder = EffectiveOrder.merge(inEffectiveOrder, unmerged, List.of());
            unmerged.clear();
        }
        return Collections.unmodifiableList(inEffectiveOrder);
    }

    /**
     * Takes a change out of the order. One already out (annulled before) stays out: new packages cannot annul or
     * correct an annulled change, but history recorded before that rule must still load as the timeline reads it.
     */
    private void leaveEffectiveOrder(TimedChange change) {
        if (!unmerged.remove(change)) {
            int at = Collections.binarySearch(inEffectiveOrder, change, ChangePhase.EFFECTIVE_ORDER);
            if (at >= 0) {
                inEffectiveOrder.remove(at);
            }
        }
    }

    /** The changes in force, each at its corrected date; the ledger order continues from {@link #size()}. */
    List<TimedChange> timeline() {
        List<TimedChange> timeline = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            if (!entry.annulled) {
                timeline.add(entry.timed);
            }
        }
        return timeline;
    }

    /** The changes a decision caused that are in force (not annulled), in ledger order. */
    List<String> inForceOf(String decisionId) {
        List<String> inForce = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.annulled && entry.event.decisionId().equals(decisionId)) {
                inForce.add(entry.event.changeId());
            }
        }
        return inForce;
    }

    /** Whether the nämnd is registered and not dissolved on the date, by the changes in force at their dates. */
    boolean committeeRegisteredOn(String committeeId, LocalDate date) {
        LocalDate registered = null;
        LocalDate dissolved = null;
        for (Entry entry : entries) {
            if (entry.annulled || entry.effectiveDate.isAfter(date)) {
                continue;
            }
            if (entry.event instanceof CommitteeRegisteredEvent registration
                    && registration.committeeId().equals(committeeId)) {
                registered = entry.effectiveDate;
            } else if (entry.event instanceof CommitteeDissolvedEvent dissolution
                    && dissolution.committeeId().equals(committeeId)) {
                dissolved = entry.effectiveDate;
            }
        }
        return registered != null && dissolved == null;
    }

    int size() {
        return entries.size();
    }

    Optional<Entry> find(String changeId) {
        return Optional.ofNullable(byChangeId.get(changeId));
    }

    boolean isCorrection(String changeId) {
        return correctionIds.contains(changeId);
    }

    /** Whether a unit, chef role or nämnd has ever been given this identifier. */
    boolean isUsed(String id) {
        return usedIds.contains(id);
    }

    int nextNumber(String decisionId) {
        return lastNumberByDecision.getOrDefault(decisionId, 0) + 1;
    }

    /** The ids the next {@code count} changes of a decision will get. */
    List<String> nextChangeIds(String decisionId, int count) {
        int first = nextNumber(decisionId);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(ChangeIds.of(decisionId, first + i));
        }
        return ids;
    }

    private void countNumber(ChangeEvent change) {
        String id = change.changeId();
        int number = Integer.parseInt(id.substring(id.lastIndexOf('.') + 1));
        lastNumberByDecision.merge(change.decisionId(), number, Math::max);
    }

    static String establishedId(DatedChangeEvent change) {
        return change instanceof Establishment establishment ? establishment.establishedId() : null;
    }

    /** One recorded change; its date and annulment follow the corrections recorded since. */
    static final class Entry {
        final DatedChangeEvent event;
        final long order;
        LocalDate effectiveDate;
        boolean annulled;
        /** The change at its current date; the very instance {@link ChangeLog#inEffectiveOrder} holds. */
        transient TimedChange timed;

        Entry(DatedChangeEvent event, long order) {
            this.event = event;
            this.order = order;
            this.effectiveDate = event.effectiveDate();
            this.timed = new TimedChange(event, effectiveDate, order);
        }

        TimedChange timed() {
            return timed;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && entry.event.equals(event) && entry.order == order
                    && entry.effectiveDate.equals(effectiveDate) && entry.annulled == annulled;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(event, order, effectiveDate, annulled);
        }
    }
}
