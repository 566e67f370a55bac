package se.reorgledger.projections.index;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import se.reorgledger.core.assignment.AssignmentChangeEvent;
import se.reorgledger.core.assignment.AssignmentGivenEvent;
import se.reorgledger.core.assignment.AssignmentState;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefRoleChangeEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeChangeEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.committee.KontorServiceEndedEvent;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.cooperation.CooperationChangeEvent;
import se.reorgledger.core.cooperation.CooperationJoinedEvent;
import se.reorgledger.core.cooperation.CooperationState;
import se.reorgledger.core.correction.CorrectionEvent;
import se.reorgledger.core.decision.DecisionLifecycleEvent;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.document.DocumentAttachedEvent;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.core.recording.RecordedEvent;

/**
 * Everything one organisation's ledger holds, indexed for queries at any (asOf, knownAt): an entity timeline per
 * unit, chef role and nämnd, the changes and corrections in ledger order, the decisions and the person register.
 * Applying an event costs work on the one entity it touches. One writer, many readers, under its own lock.
 */
public final class OrganisationIndex {

    private final String id;
    private final String name;
    private final Instant registeredAt;
    private final RecordedTimes times = new RecordedTimes();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int complete;

    private final Map<String, EntityTimeline<UnitState>> units = new HashMap<>();
    private final Map<String, EntityTimeline<ChefRoleState>> chefRoles = new HashMap<>();
    private final Map<String, EntityTimeline<CommitteeState>> committees = new HashMap<>();
    private final Map<String, EntityTimeline<AssignmentState>> assignments = new HashMap<>();
    private final Map<String, EntityTimeline<CooperationState>> cooperations = new HashMap<>();
    private final List<EntityTimeline<UnitState>> unitList = new ArrayList<>();
    private final List<EntityTimeline<ChefRoleState>> chefRoleList = new ArrayList<>();
    private final Map<String, String> unitOfChefRole = new HashMap<>();
    // Every chef role ever established in a unit: a snapshot looks up the roles of the units in its tree, not
    // every role the organisation ever had.
    private final Map<String, List<EntityTimeline<ChefRoleState>>> chefRolesOfUnit = new HashMap<>();
    private final Map<String, List<ChangeEntry>> changesTouchingUnit = new HashMap<>();
    private final Map<String, List<String>> namedAsSuccessor = new HashMap<>();
    private final Map<String, ChangeEntry> changes;
    private final List<ChangeEntry> changeLog = new ArrayList<>();
    private final Map<String, DecisionEntry> decisions;
    private final PersonRegister persons = new PersonRegister();
    private final List<NameCorrectionEntry> nameCorrections = new ArrayList<>();
    private final SortKeys sortKeys = new SortKeys();
    private final SharedValues shared = new SharedValues();
    // Only spares work: emptied by every event applied, never checkpointed (see DerivedAnswers).
    private final DerivedAnswers derived = new DerivedAnswers();
    // Only spares memory and work: starts empty, never checkpointed (see SharedAnswers).
    private final SharedAnswers sharedAnswers = new SharedAnswers();
    // Only spares work: the units' Swedish order as last worked out, kept across events (see UnitSlots#order);
    // starts empty, never checkpointed.
    private volatile UnitSlots.UnitOrder unitOrder;

    public OrganisationIndex(OrganisationRegisteredEvent registered, RecordedEvent recorded) {
        this.id = registered.organisationId();
        this.name = registered.name();
        this.registeredAt = recorded.recordedAt();
        this.changes = new HashMap<>();
        this.decisions = new HashMap<>();
        times.epochOf(recorded.recordedAt());
        EntityTimeline<UnitState> root =
                new EntityTimeline<>(id, UnitState.root(id, name), OrganisationIndex::foldUnit,
                        OrganisationIndex::unitInForce);
        units.put(id, root);
        unitList.add(root);
    }

    /**
     * The index as {@link #writeTo} wrote it into a checkpoint. What follows from what is written (the changes by
     * id, the entities by id, each change's type and day) is derived again here; the sort keys and shared values
     * start empty, as they only spare work and memory, and so do the derived answers and each timeline's memo.
     */
    public OrganisationIndex(CheckpointInput in) throws java.io.IOException {
        this.id = (String) in.readValue();
        this.name = (String) in.readValue();
        this.registeredAt = (Instant) in.readValue();
        this.complete = in.readInt();
        times.readFrom(in);
        persons.readFrom(in);
        int nameCorrectionCount = in.readCount();
        for (int i = 0; i < nameCorrectionCount; i++) {
            nameCorrections.add(new NameCorrectionEntry(in));
        }
        int changeCount = in.readCount();
        this.changes = grownTo(changeCount);
        List<CorrectionEntry> allCorrections = new ArrayList<>();
        for (int i = 0; i < changeCount; i++) {
            ChangeEntry entry = new ChangeEntry(in);
            changeLog.add(entry);
            changes.put(entry.event().changeId(), entry);
            // One by one: addAll(asList(...)) would make a list and a copy of the array for every change.
            for (CorrectionEntry correction : entry.corrections()) {
                allCorrections.add(correction);
            }
        }
        int decisionCount = in.readCount();
        this.decisions = grownTo(decisionCount);
        for (int i = 0; i < decisionCount; i++) {
            String decisionId = (String) in.readValue();
            decisions.put(decisionId, new DecisionEntry(in, changeLog, allCorrections));
        }
        readTimelines(in, unitList, units, OrganisationIndex::foldUnit, OrganisationIndex::unitInForce);
        readTimelines(in, chefRoleList, chefRoles, OrganisationIndex::foldChefRole,
                OrganisationIndex::chefRoleInForce);
        readTimelines(in, new ArrayList<>(), committees, OrganisationIndex::foldCommittee,
                OrganisationIndex::committeeInForce);
        readTimelines(in, new ArrayList<>(), assignments, OrganisationIndex::foldAssignment, state -> true);
        readTimelines(in, new ArrayList<>(), cooperations, OrganisationIndex::foldCooperation, state -> true);
        int roleCount = in.readCount();
        for (int i = 0; i < roleCount; i++) {
            unitOfChefRole.put((String) in.readValue(), (String) in.readValue());
        }
        int unitCount = in.readCount();
        for (int i = 0; i < unitCount; i++) {
            String unitId = (String) in.readValue();
            int count = in.readCount();
            List<EntityTimeline<ChefRoleState>> roles = new ArrayList<>(count);
            for (int r = 0; r < count; r++) {
                roles.add(chefRoles.get((String) in.readValue()));
            }
            chefRolesOfUnit.put(unitId, roles);
        }
        int touchedCount = in.readCount();
        for (int i = 0; i < touchedCount; i++) {
            String unitId = (String) in.readValue();
            int count = in.readCount();
            List<ChangeEntry> touching = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                touching.add(changeLog.get(in.readCount()));
            }
            changesTouchingUnit.put(unitId, touching);
        }
        int successorCount = in.readCount();
        for (int i = 0; i < successorCount; i++) {
            String successor = (String) in.readValue();
            int count = in.readCount();
            List<String> dissolved = new ArrayList<>(count);
            for (int d = 0; d < count; d++) {
                dissolved.add((String) in.readValue());
            }
            namedAsSuccessor.put(successor, dissolved);
        }
    }

    /**
     * A map of the capacity that one grown from empty to {@code count} entries has, made at once: a checkpoint
     * fills maps of hundreds of thousands of entries, and rehashing them as they grow cost a tenth of the
     * decoding. The same capacity, not merely enough, as the order a map is written in follows it: the decisions
     * of an index read back must be written as those of the index that was written.
     */
    private static <V> Map<String, V> grownTo(int count) {
        int capacity = 16;
        while (count > capacity * 3L / 4) {
            capacity <<= 1;
        }
        return new HashMap<>(capacity);
    }

    private <S> void readTimelines(CheckpointInput in, List<EntityTimeline<S>> list,
                                   Map<String, EntityTimeline<S>> byId, EntityTimeline.Fold<S> fold,
                                   java.util.function.Predicate<? super S> inForce) throws java.io.IOException {
        int count = in.readCount();
        for (int i = 0; i < count; i++) {
            EntityTimeline<S> timeline = new EntityTimeline<>(in, changeLog, fold, inForce);
            list.add(timeline);
            byId.put(timeline.id(), timeline);
        }
    }

    /**
     * Writes everything the index holds but what follows from it, for a checkpoint; a field added to the index
     * (or to an entry or timeline) is written here and read in the constructor above, under a new format version
     * (see {@code CheckpointFile}). Call under the index's read lock, with nothing being applied.
     */
    public void writeTo(CheckpointOutput out) throws java.io.IOException {
        out.writeValue(id);
        out.writeValue(name);
        out.writeValue(registeredAt);
        out.writeInt(complete);
        times.writeTo(out);
        persons.writeTo(out);
        out.writeInt(nameCorrections.size());
        for (NameCorrectionEntry correction : nameCorrections) {
            correction.writeTo(out);
        }
        Map<ChangeEntry, Integer> changeNumbers = new java.util.IdentityHashMap<>(changeLog.size() * 2);
        Map<CorrectionEntry, Integer> correctionNumbers = new java.util.IdentityHashMap<>();
        out.writeInt(changeLog.size());
        for (ChangeEntry entry : changeLog) {
            changeNumbers.put(entry, changeNumbers.size());
            for (CorrectionEntry correction : entry.corrections()) {
                correctionNumbers.put(correction, correctionNumbers.size());
            }
            entry.writeTo(out);
        }
        out.writeInt(decisions.size());
        for (Map.Entry<String, DecisionEntry> decision : decisions.entrySet()) {
            out.writeValue(decision.getKey());
            decision.getValue().writeTo(out, changeNumbers, correctionNumbers);
        }
        writeTimelines(out, unitList, changeNumbers);
        writeTimelines(out, chefRoleList, changeNumbers);
        writeTimelines(out, committees.values(), changeNumbers);
        writeTimelines(out, assignments.values(), changeNumbers);
        writeTimelines(out, cooperations.values(), changeNumbers);
        out.writeInt(unitOfChefRole.size());
        for (Map.Entry<String, String> role : unitOfChefRole.entrySet()) {
            out.writeValue(role.getKey());
            out.writeValue(role.getValue());
        }
        out.writeInt(chefRolesOfUnit.size());
        for (Map.Entry<String, List<EntityTimeline<ChefRoleState>>> unit : chefRolesOfUnit.entrySet()) {
            out.writeValue(unit.getKey());
            out.writeInt(unit.getValue().size());
            for (EntityTimeline<ChefRoleState> role : unit.getValue()) {
                out.writeValue(role.id());
            }
        }
        out.writeInt(changesTouchingUnit.size());
        for (Map.Entry<String, List<ChangeEntry>> unit : changesTouchingUnit.entrySet()) {
            out.writeValue(unit.getKey());
            out.writeInt(unit.getValue().size());
            for (ChangeEntry entry : unit.getValue()) {
                out.writeInt(changeNumbers.get(entry));
            }
        }
        out.writeInt(namedAsSuccessor.size());
        for (Map.Entry<String, List<String>> successor : namedAsSuccessor.entrySet()) {
            out.writeValue(successor.getKey());
            out.writeInt(successor.getValue().size());
            for (String dissolved : successor.getValue()) {
                out.writeValue(dissolved);
            }
        }
    }

    private static <S> void writeTimelines(CheckpointOutput out, Collection<EntityTimeline<S>> timelines,
                                           Map<ChangeEntry, Integer> changeNumbers) throws java.io.IOException {
        out.writeInt(timelines.size());
        for (EntityTimeline<S> timeline : timelines) {
            timeline.writeTo(out, changeNumbers);
        }
    }

    public void apply(RecordedEvent recorded) {
        derived.clear();
        int epoch = times.epochOf(recorded.recordedAt());
        Object payload = shared.share(recorded.payload());
        recorded = new RecordedEvent(recorded.position(), recorded.eventId(), recorded.recordedAt(),
                shared.text(recorded.principal()), payload);
        if (payload instanceof DatedChangeEvent change) {
            applyChange(change, recorded, epoch);
        } else if (payload instanceof CorrectionEvent correction) {
            applyCorrection(correction, recorded, epoch);
        } else if (payload instanceof DecisionRecordedEvent decision) {
            decisions.putIfAbsent(decision.decisionId(), new DecisionEntry(decision, recorded.position(),
                    recorded.eventId(), epoch, recorded.principal()));
        } else if (payload instanceof DecisionLifecycleEvent step) {
            DecisionEntry decision = decisions.get(step.decisionId());
            if (decision != null) {
                decision.addLifecycle(new LifecycleEntry(step, recorded.position(), recorded.eventId(), epoch,
                        recorded.principal()));
            }
        } else if (payload instanceof DocumentAttachedEvent document) {
            DecisionEntry decision = decisions.get(document.decisionId());
            if (decision != null) {
                decision.addDocument(new DocumentEntry(document, recorded.position(), recorded.eventId(), epoch,
                        recorded.principal()));
            }
        } else if (payload instanceof PersonRegisteredEvent person) {
            persons.record(person.personId(), person.name(), epoch);
        } else if (payload instanceof PersonNameCorrectedEvent person) {
            persons.record(person.personId(), person.name(), epoch);
            nameCorrections.add(new NameCorrectionEntry(person, recorded.position(), recorded.eventId(), epoch,
                    recorded.principal()));
        }
        // A ChangePackageRecordedEvent only repeats what its changes say, but it closes the package.
        boolean inOpenPackage = payload instanceof DatedChangeEvent || payload instanceof CorrectionEvent;
        complete = inOpenPackage ? epoch - 1 : epoch;
    }

    /**
     * The latest epoch all of whose events have been applied. A package's events arrive one by one and share
     * one recorded time; until its closing event arrives, what is known at that time is not yet all here, and
     * answering from it would show half a decision.
     */
    public int completeEpoch() {
        return complete;
    }

    private void applyChange(DatedChangeEvent change, RecordedEvent recorded, int epoch) {
        ChangeEntry entry = new ChangeEntry(change, recorded.position(), recorded.eventId(), epoch,
                recorded.principal());
        EntityTimeline<?> timeline = timelineOf(change);
        if (timeline == null) {
            return;
        }
        changes.put(change.changeId(), entry);
        changeLog.add(entry);
        DecisionEntry decision = decisions.get(change.decisionId());
        if (decision != null) {
            decision.changes().add(entry);
        }
        String touchedUnit = unitTouchedBy(change);
        if (touchedUnit != null) {
            changesTouchingUnit.computeIfAbsent(touchedUnit, unit -> new ArrayList<>(4)).add(entry);
        }
        if (change instanceof UnitDissolvedEvent dissolved) {
            dissolved.successorIds().forEach(successor ->
                    namedAsSuccessor.computeIfAbsent(successor, id -> new ArrayList<>(1)).add(dissolved.unitId()));
        }
        timeline.append(entry, epoch);
    }

    private void applyCorrection(CorrectionEvent correction, RecordedEvent recorded, int epoch) {
        ChangeEntry target = changes.get(correction.targetChangeId());
        if (target == null) {
            return;
        }
        CorrectionEntry entry = new CorrectionEntry(correction, target, recorded.position(), recorded.eventId(),
                epoch, recorded.principal());
        target.correctedBy(entry);
        DecisionEntry decision = decisions.get(correction.decisionId());
        if (decision != null) {
            decision.addCorrection(entry);
        }
        ownerOf(target).recompute(epoch, target);
    }

    private EntityTimeline<?> timelineOf(DatedChangeEvent change) {
        if (change instanceof UnitChangeEvent unit) {
            return units.computeIfAbsent(unit.unitId(), unitId -> {
                EntityTimeline<UnitState> timeline = new EntityTimeline<>(unitId, null, OrganisationIndex::foldUnit,
                        OrganisationIndex::unitInForce);
                unitList.add(timeline);
                return timeline;
            });
        }
        if (change instanceof ChefRoleChangeEvent role) {
            EntityTimeline<ChefRoleState> timeline = chefRoles.computeIfAbsent(role.chefRoleId(), roleId -> {
                EntityTimeline<ChefRoleState> created = new EntityTimeline<>(roleId, null,
                        OrganisationIndex::foldChefRole, OrganisationIndex::chefRoleInForce);
                chefRoleList.add(created);
                return created;
            });
            if (role instanceof ChefRoleEstablishedEvent established) {
                unitOfChefRole.putIfAbsent(established.chefRoleId(), established.unitId());
                List<EntityTimeline<ChefRoleState>> ofUnit =
                        chefRolesOfUnit.computeIfAbsent(established.unitId(), unit -> new ArrayList<>(1));
                if (!ofUnit.contains(timeline)) {
                    ofUnit.add(timeline);
                }
            }
            return timeline;
        }
        if (change instanceof CommitteeChangeEvent committee) {
            return committees.computeIfAbsent(committee.committeeId(),
                    committeeId -> new EntityTimeline<>(committeeId, null, OrganisationIndex::foldCommittee,
                            OrganisationIndex::committeeInForce));
        }
        if (change instanceof AssignmentChangeEvent assignment) {
            return assignments.computeIfAbsent(assignment.assignmentId(),
                    assignmentId -> new EntityTimeline<>(assignmentId, null, OrganisationIndex::foldAssignment,
                            state -> true));
        }
        if (change instanceof CooperationChangeEvent cooperation) {
            return cooperations.computeIfAbsent(cooperation.cooperationId(),
                    cooperationId -> new EntityTimeline<>(cooperationId, null, OrganisationIndex::foldCooperation,
                            state -> true));
        }
        return null;
    }

    private String unitTouchedBy(DatedChangeEvent change) {
        if (change instanceof UnitChangeEvent unit) {
            return unit.unitId();
        }
        if (change instanceof ChefRoleChangeEvent role) {
            return unitOfChefRole.get(role.chefRoleId());
        }
        if (change instanceof KontorServiceStartedEvent started) {
            return started.unitId();
        }
        if (change instanceof KontorServiceEndedEvent ended) {
            return ended.unitId();
        }
        return null;
    }

    private static boolean unitInForce(UnitState unit) {
        return !unit.isDissolved();
    }

    private static boolean chefRoleInForce(ChefRoleState role) {
        return !role.isEnded();
    }

    private static boolean committeeInForce(CommitteeState committee) {
        return !committee.isDissolved();
    }

    static UnitState foldUnit(DatedChangeEvent change, LocalDate on, UnitState prior) {
        if (prior == null && !(change instanceof UnitEstablishedEvent)) {
            return null;
        }
        return ((UnitChangeEvent) change).applyTo(prior, on);
    }

    static ChefRoleState foldChefRole(DatedChangeEvent change, LocalDate on, ChefRoleState prior) {
        if (prior == null && !(change instanceof ChefRoleEstablishedEvent)) {
            return null;
        }
        return ((ChefRoleChangeEvent) change).applyTo(prior, on);
    }

    static AssignmentState foldAssignment(DatedChangeEvent change, LocalDate on, AssignmentState prior) {
        if (prior == null && !(change instanceof AssignmentGivenEvent)) {
            return null;
        }
        return ((AssignmentChangeEvent) change).applyTo(prior, on);
    }

    static CooperationState foldCooperation(DatedChangeEvent change, LocalDate on, CooperationState prior) {
        if (prior == null && !(change instanceof CooperationJoinedEvent)) {
            return null;
        }
        return ((CooperationChangeEvent) change).applyTo(prior, on);
    }

    static CommitteeState foldCommittee(DatedChangeEvent change, LocalDate on, CommitteeState prior) {
        if (prior == null && !(change instanceof CommitteeRegisteredEvent)) {
            return null;
        }
        return ((CommitteeChangeEvent) change).applyTo(prior, on);
    }

    /**
     * What {@code work} answers for {@code key} (a record naming the question and its epoch), worked out once and
     * kept until the next event is applied. Call under the read lock (inside {@link #read}), where no event is
     * applied meanwhile; {@code work} must depend on nothing but this index and the key.
     */
    public <T> T derived(Object key, Supplier<T> work) {
        return derived.get(key, work);
    }

    /**
     * As {@link #derived}, for an answer of which there is one per state of the index whatever the epoch (such as
     * the units' slots): kept until the next event is applied, however many per-epoch answers come and go.
     */
    <T> T derivedPerState(Object key, Supplier<T> work) {
        return derived.perState(key, work);
    }

    /**
     * One object for all values equal to {@code value} among the answers kept long (see {@link SharedAnswers}):
     * an equal one kept before, or {@code value} itself. The value must be immutable.
     */
    public <T> T shared(T value) {
        return sharedAnswers.share(value);
    }

    UnitSlots.UnitOrder keptUnitOrder() {
        return unitOrder;
    }

    void keepUnitOrder(UnitSlots.UnitOrder order) {
        unitOrder = order;
    }

    /** When the newest event this index holds was recorded; null when it holds none. Takes the read lock. */
    public Instant newestRecordedAt() {
        return read(() -> {
            int latest = times.latest();
            return latest >= 0 ? times.at(latest) : null;
        });
    }

    public <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    public void write(Runnable update) {
        lock.writeLock().lock();
        try {
            update.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public RecordedTimes times() {
        return times;
    }

    public EntityTimeline<UnitState> unit(String unitId) {
        return units.get(unitId);
    }

    public Collection<EntityTimeline<UnitState>> units() {
        return unitList;
    }

    public EntityTimeline<ChefRoleState> chefRole(String chefRoleId) {
        return chefRoles.get(chefRoleId);
    }

    /** The chef roles established in a unit, as recorded; a snapshot checks each role's unit on its date. */
    public List<EntityTimeline<ChefRoleState>> chefRolesEstablishedIn(String unitId) {
        return chefRolesOfUnit.getOrDefault(unitId, List.of());
    }

    public Collection<EntityTimeline<ChefRoleState>> chefRoles() {
        return chefRoleList;
    }

    /** The uppdrag given by the organisation's decisions, each with the decisions that carried it out. */
    public Collection<EntityTimeline<AssignmentState>> assignments() {
        return assignments.values();
    }

    /** The cooperations with other kommuner that the organisation has joined. */
    public Collection<EntityTimeline<CooperationState>> cooperations() {
        return cooperations.values();
    }

    public EntityTimeline<CommitteeState> committee(String committeeId) {
        return committees.get(committeeId);
    }

    public Collection<EntityTimeline<CommitteeState>> committees() {
        return committees.values();
    }

    /** The changes to the unit itself, to its chef roles and to the nämnder it serves, in ledger order. */
    public List<ChangeEntry> changesTouching(String unitId) {
        return changesTouchingUnit.getOrDefault(unitId, List.of());
    }

    public ChangeEntry change(String changeId) {
        return changes.get(changeId);
    }

    public List<ChangeEntry> changeLog() {
        return changeLog;
    }

    public DecisionEntry decision(String decisionId) {
        return decisions.get(decisionId);
    }

    public Collection<DecisionEntry> decisions() {
        return decisions.values();
    }

    /** The corrections of names in the person register, in ledger order; unmodifiable. */
    public List<NameCorrectionEntry> nameCorrections() {
        return java.util.Collections.unmodifiableList(nameCorrections);
    }

    public PersonRegister persons() {
        return persons;
    }

    public SortKeys sortKeys() {
        return sortKeys;
    }

    /** The timeline of whatever entity a change belongs to. */
    public EntityTimeline<?> ownerOf(ChangeEntry entry) {
        DatedChangeEvent change = entry.event();
        if (change instanceof UnitChangeEvent unit) {
            return units.get(unit.unitId());
        }
        if (change instanceof ChefRoleChangeEvent role) {
            return chefRoles.get(role.chefRoleId());
        }
        if (change instanceof CommitteeChangeEvent committee) {
            return committees.get(committee.committeeId());
        }
        if (change instanceof AssignmentChangeEvent assignment) {
            return assignments.get(assignment.assignmentId());
        }
        if (change instanceof CooperationChangeEvent cooperation) {
            return cooperations.get(cooperation.cooperationId());
        }
        return null;
    }

    /**
     * Units whose dissolution, as recorded at some time, names this unit among its successors. Whether that
     * dissolution stands at a given epoch is the caller's to check: it may be annulled or not yet known.
     */
    public List<String> namedAsSuccessorOf(String unitId) {
        return namedAsSuccessor.getOrDefault(unitId, List.of());
    }
}
