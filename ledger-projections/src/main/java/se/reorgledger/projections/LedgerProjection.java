package se.reorgledger.projections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.structure.SwedishOrder;
import se.reorgledger.projections.assignments.Assignments;
import se.reorgledger.projections.assignments.AssignmentsView;
import se.reorgledger.projections.calendar.CalendarExcerpt;
import se.reorgledger.projections.calendar.ChangeCalendar;
import se.reorgledger.projections.calendar.ChangeDay;
import se.reorgledger.projections.committees.Committees;
import se.reorgledger.projections.committees.CommitteesView;
import se.reorgledger.projections.cooperations.Cooperations;
import se.reorgledger.projections.cooperations.CooperationsView;
import se.reorgledger.projections.decisions.DecisionEvent;
import se.reorgledger.projections.decisions.DecisionEvents;
import se.reorgledger.projections.decisions.DecisionPage;
import se.reorgledger.projections.decisions.DecisionQuery;
import se.reorgledger.projections.decisions.DecisionSummary;
import se.reorgledger.projections.decisions.DecisionView;
import se.reorgledger.projections.decisions.Decisions;
import se.reorgledger.projections.decisions.ReportedDelegationsbeslutView;
import se.reorgledger.projections.diff.DiffView;
import se.reorgledger.projections.diff.OrganisationDiff;
import se.reorgledger.projections.history.UnitHistory;
import se.reorgledger.projections.history.UnitHistoryView;
import se.reorgledger.projections.index.ContentDigest;
import se.reorgledger.projections.index.IncompatibleCheckpointException;
import se.reorgledger.projections.index.OrganisationIdOf;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.OrganisationRef;
import se.reorgledger.projections.index.OrganisationSlot;
import se.reorgledger.projections.index.RejectedSectionException;
import se.reorgledger.projections.index.UnloadedOrganisation;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.index.RecordedTimes;
import se.reorgledger.projections.index.SnapshotAt;
import se.reorgledger.projections.people.ChefRoles;
import se.reorgledger.projections.people.ChefRolesView;
import se.reorgledger.projections.people.PersonPosts;
import se.reorgledger.projections.people.PersonView;
import se.reorgledger.projections.provenance.FactProvenance;
import se.reorgledger.projections.rules.Rules;
import se.reorgledger.projections.rules.RulesView;
import se.reorgledger.projections.structure.IllustrativeFacts;
import se.reorgledger.projections.structure.OrderedTree;
import se.reorgledger.projections.restatement.RestatedSince;
import se.reorgledger.projections.restatement.RestatementView;
import se.reorgledger.projections.restatement.Restatements;
import se.reorgledger.projections.restatement.RestatementsSinceView;
import se.reorgledger.projections.structure.StructureView;
import se.reorgledger.projections.structure.TreeView;
import se.reorgledger.projections.structure.UnitDetail;
import se.reorgledger.projections.structure.UnitList;
import se.reorgledger.projections.structure.UnitListItem;
import se.reorgledger.projections.structure.UnitNotInForceException;
import se.reorgledger.projections.structure.UnitView;
import se.reorgledger.projections.trail.DecisionTrail;
import se.reorgledger.projections.trail.DecisionTrailView;

/**
 * The read side of the ledger: every organisation's bitemporal index, fed one event at a time in ledger order
 * and queried at any (asOf, knownAt). Applying is idempotent (delivery is at least once) and single-writer;
 * queries run concurrently with it, each organisation under its own read-write lock. Started from a checkpoint,
 * it holds each organisation as the section it is still to be read from until its first use (a query, an event
 * applied to it, a digest, a checkpoint) loads and checks it ({@link OrganisationSlot}); listings need only what
 * the checkpoint's table says of each.
 */
public final class LedgerProjection {

    private final ConcurrentHashMap<String, OrganisationSlot> organisations = new ConcurrentHashMap<>();
    private final Object applying = new Object();
    private volatile long position = -1;
    // Told of the first section of a checkpoint that fails its checks when first used (see OrganisationSlot).
    private volatile Consumer<RejectedSectionException> whenRejected = rejected -> { };
    // Run once when a rebuild replaces these read models: lets go of what only they need (a checkpoint's file).
    private final java.util.concurrent.CopyOnWriteArrayList<Runnable> whenReplaced =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Applies the event unless an event at or after its position has been applied already. */
    public void apply(RecordedEvent event) {
        synchronized (applying) {
            if (event.position() <= position) {
                return;
            }
            Object payload = event.payload();
            if (payload instanceof OrganisationRegisteredEvent registered) {
                organisations.putIfAbsent(registered.organisationId(),
                        new OrganisationSlot(new OrganisationIndex(registered, event)));
            } else {
                String organisationId = OrganisationIdOf.event(payload);
                OrganisationSlot slot = organisationId == null ? null : organisations.get(organisationId);
                OrganisationIndex index = slot == null ? null : loadedOrNull(slot);
                if (index != null) {
                    index.write(() -> index.apply(event));
                }
            }
            position = event.position();
        }
    }

    /**
     * The slot's index; null when its checkpoint section was rejected. Such an organisation is never served again
     * by these read models, which are rebuilt from the events (its listener was told): stopping the delivery of
     * every organisation's events for it would make all of them stale meanwhile.
     */
    private static OrganisationIndex loadedOrNull(OrganisationSlot slot) {
        try {
            return slot.index();
        } catch (RejectedSectionException rejected) {
            return null;
        }
    }

    /** Runs {@code work} with nothing applied meanwhile: the projection stands at one position throughout. */
    public <T> T still(Supplier<T> work) {
        synchronized (applying) {
            return work.get();
        }
    }

    /**
     * A projection of the organisations of a checkpoint, standing at the position it was written at: each is read
     * from its section when first used ({@link OrganisationSlot}), or by {@link #load}.
     */
    public static LedgerProjection fromCheckpoint(long position, List<? extends UnloadedOrganisation> sections) {
        LedgerProjection projection = new LedgerProjection();
        for (UnloadedOrganisation section : sections) {
            OrganisationSlot slot = new OrganisationSlot(section, rejected -> projection.whenRejected.accept(rejected));
            if (projection.organisations.putIfAbsent(section.id(), slot) != null) {
                throw new IncompatibleCheckpointException("the organisation " + section.id() + " twice");
            }
        }
        projection.position = position;
        return projection;
    }

    /** Who is told when an organisation's checkpoint section fails its checks at its first use (once). */
    public void whenASectionIsRejected(Consumer<RejectedSectionException> listener) {
        this.whenRejected = Objects.requireNonNull(listener, "listener");
    }

    /** What is to be done once a rebuild has replaced these read models (closing their checkpoint file, say). */
    public void whenReplaced(Runnable letGo) {
        whenReplaced.add(Objects.requireNonNull(letGo, "letGo"));
    }

    /**
     * These read models are no longer live ({@code ProjectionHolder} swapped others in): runs what was asked for
     * then, once. A query still holding them that loads a pending organisation meets a closed file: a rejection,
     * told to a listener that knows these read models are no longer live.
     */
    public void replaced() {
        List<Runnable> toRun = new ArrayList<>(whenReplaced);
        whenReplaced.clear();
        for (Runnable letGo : toRun) {
            letGo.run();
        }
    }

    /**
     * Loads the organisation's index from its checkpoint section if it is not yet in memory.
     *
     * @return whether this call read it from its section (false when it was in memory already)
     * @throws RejectedSectionException when its section fails its checks
     */
    public boolean load(String organisationId) {
        OrganisationSlot slot = organisations.get(organisationId);
        return slot != null && slot.loadIfPending();
    }

    /** The ids of the organisations still to be read from the checkpoint, sorted (none once all are loaded). */
    public List<String> pendingOrganisationIds() {
        List<String> pending = new ArrayList<>();
        organisations.forEach((id, slot) -> {
            if (!slot.loaded() && slot.rejected() == null) {
                pending.add(id);
            }
        });
        pending.sort(null);
        return pending;
    }

    /** The first organisation whose checkpoint section was rejected, if any: these read models are not whole. */
    public java.util.Optional<RejectedSectionException> rejectedSection() {
        return organisations.values().stream().map(OrganisationSlot::rejected).filter(Objects::nonNull)
                .findFirst();
    }

    /** The position of the last event applied, or -1 before any. */
    public long position() {
        return position;
    }

    /** When the newest event the organisation's read model holds was recorded; null before any, or if unknown. */
    public Instant newestRecordedAt(String organisationId) {
        OrganisationSlot slot = organisations.get(organisationId);
        return slot == null ? null : slot.newestRecordedAt();
    }

    /** When the newest event of any organisation was recorded, without loading any; null before any. */
    public Instant newestRecordedAt() {
        Instant newest = null;
        for (OrganisationSlot slot : organisations.values()) {
            Instant time = slot.newestRecordedAt();
            if (time != null && (newest == null || time.isAfter(newest))) {
                newest = time;
            }
        }
        return newest;
    }

    /** The organisations registered by {@code knownAt}: from what each is known by, without loading any. */
    public List<OrganisationRef> organisations(Instant knownAt) {
        Objects.requireNonNull(knownAt, "knownAt");
        List<OrganisationRef> known = new ArrayList<>();
        for (OrganisationSlot slot : organisations.values()) {
            if (!slot.registeredAt().isAfter(knownAt)) {
                known.add(new OrganisationRef(slot.id(), slot.name()));
            }
        }
        known.sort(Comparator.comparing(OrganisationRef::name, SwedishOrder.NAMES).thenComparing(OrganisationRef::id));
        return known;
    }

    public StructureView structure(String organisationId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt,
                snapshot -> new StructureView(organisationId, asOf, knownAt, OrderedTree.of(snapshot),
                        FactProvenance.of(snapshot)));
    }

    /**
     * The tree on {@code asOf} with the marks of its illustrative facts, for a page that draws the whole tree:
     * {@link #structure} without each fact's provenance.
     */
    public TreeView tree(String organisationId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt, TreeView::of);
    }

    /** The units on {@code asOf} in tree order, those whose name matches {@code query} (all when it is blank). */
    public List<UnitListItem> units(String organisationId, LocalDate asOf, Instant knownAt, String query) {
        return snapshot(organisationId, asOf, knownAt, snapshot -> UnitList.of(snapshot, query));
    }

    /**
     * One unit on {@code asOf}.
     *
     * @throws UnknownEntityException for a unit the ledger did not hold at {@code knownAt}
     * @throws UnitNotInForceException  for a unit not in the organisation on {@code asOf}
     */
    public UnitView unit(String organisationId, String unitId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt, snapshot -> UnitDetail.of(snapshot, unitId, knownAt));
    }

    public UnitHistoryView history(String organisationId, String unitId, Instant knownAt) {
        return known(organisationId, knownAt, (index, epoch) -> UnitHistory.of(index, epoch, unitId, knownAt));
    }

    public DecisionTrailView decisionTrail(String organisationId, String unitId, Instant knownAt) {
        return known(organisationId, knownAt, (index, epoch) -> DecisionTrail.of(index, epoch, unitId, knownAt));
    }

    /** @throws IllegalArgumentException when {@code from} is after {@code to} */
    public DiffView diff(String organisationId, LocalDate from, LocalDate to, Instant knownAt) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return known(organisationId, knownAt, (index, epoch) -> OrganisationDiff.of(index, epoch, from, to, knownAt));
    }

    /**
     * What became known between {@code knownFrom} and {@code knownTo} about the organisation on {@code asOf}.
     *
     * @throws IllegalArgumentException when {@code knownFrom} is after {@code knownTo}
     */
    public RestatementView restatements(String organisationId, LocalDate asOf, Instant knownFrom, Instant knownTo) {
        Objects.requireNonNull(asOf, "asOf");
        requireInOrder(knownFrom, knownTo);
        return known(organisationId, knownTo, (index, epoch) -> Restatements.between(index, asOf,
                Math.min(index.times().knownAt(knownFrom), epoch), epoch, knownFrom, knownTo));
    }

    /**
     * Every retroactive change and every correction recorded after {@code since}, up to {@code knownTo}.
     *
     * @throws IllegalArgumentException when {@code since} is after {@code knownTo}
     */
    public RestatementsSinceView restatementsSince(String organisationId, Instant since, Instant knownTo) {
        requireInOrder(since, knownTo);
        return known(organisationId, knownTo, (index, epoch) -> RestatedSince.of(index,
                Math.min(index.times().knownAt(since), epoch), epoch, since, knownTo));
    }

    private static void requireInOrder(Instant earlier, Instant later) {
        Objects.requireNonNull(earlier, "earlier moment");
        Objects.requireNonNull(later, "later moment");
        if (earlier.isAfter(later)) {
            throw new IllegalArgumentException(earlier + " is after " + later);
        }
    }

    public List<DecisionSummary> decisions(String organisationId, Instant knownAt) {
        return known(organisationId, knownAt, (index, epoch) -> Decisions.list(index, epoch, knownAt));
    }

    /** A page of the decisions a query selects, as known at {@code knownAt}. */
    public DecisionPage decisions(String organisationId, Instant knownAt, DecisionQuery query) {
        Objects.requireNonNull(query, "query");
        return known(organisationId, knownAt, (index, epoch) -> Decisions.page(index, epoch, knownAt, query));
    }

    public DecisionView decision(String organisationId, String decisionId, Instant knownAt) {
        return known(organisationId, knownAt, (index, epoch) -> Decisions.one(index, epoch, decisionId, knownAt));
    }

    /** Every stored event of a decision as known at {@code knownAt} (its recording, changes, corrections, steps). */
    public List<DecisionEvent> decisionEvents(String organisationId, String decisionId, Instant knownAt) {
        return known(organisationId, knownAt, (index, epoch) -> DecisionEvents.of(index, epoch, decisionId));
    }

    /** The delegationsbeslut reported (anmälda) to a nämnd, as known at {@code knownAt}. */
    public ReportedDelegationsbeslutView reportedDelegationsbeslut(String organisationId, String committeeId,
                                                                   Instant knownAt) {
        return known(organisationId, knownAt,
                (index, epoch) -> Decisions.reportedTo(index, epoch, committeeId, knownAt));
    }

    /** Every chef role in force on {@code asOf}, with its holder and the decision that appointed them. */
    public ChefRolesView chefRoles(String organisationId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt, snapshot -> ChefRoles.of(snapshot, organisationId, knownAt));
    }

    /** @throws UnknownEntityException for a person the register did not hold at {@code knownAt} */
    public PersonView person(String organisationId, String personId, Instant knownAt) {
        return known(organisationId, knownAt, (index, epoch) -> PersonPosts.of(index, epoch, personId, knownAt));
    }

    public CommitteesView committees(String organisationId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt, snapshot -> Committees.of(snapshot, knownAt));
    }

    public AssignmentsView assignments(String organisationId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt, snapshot -> Assignments.of(snapshot, knownAt));
    }

    public CooperationsView cooperations(String organisationId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt, snapshot -> Cooperations.of(snapshot, knownAt));
    }

    public RulesView rules(String organisationId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt,
                snapshot -> Rules.of(snapshot, organisationId, knownAt));
    }

    /** The dates on which the organisation changed, as known at {@code knownAt}, each with its decisions. */
    public List<ChangeDay> changeDays(String organisationId, Instant knownAt) {
        return known(organisationId, knownAt, ChangeCalendar::of);
    }

    /**
     * The change days around {@code asOf} ({@code eachSide} up to and including it, as many after), the largest
     * and the nearest before and after, as known at {@code knownAt}: what {@link #changeDays} gives, cut to a page.
     */
    public CalendarExcerpt changeDaysAround(String organisationId, LocalDate asOf, Instant knownAt, int eachSide) {
        Objects.requireNonNull(asOf, "asOf");
        return known(organisationId, knownAt, (index, epoch) -> ChangeCalendar.around(index, epoch, asOf, eachSide));
    }

    /** The units and chef roles on {@code asOf} whose facts rest on a decision marked illustrative. */
    public IllustrativeFacts illustrativeFacts(String organisationId, LocalDate asOf, Instant knownAt) {
        return snapshot(organisationId, asOf, knownAt, IllustrativeFacts::of);
    }

    /**
     * A SHA-256 over the full content of every organisation's index, independent of how it was built: a rebuild
     * from the ledger and the live projection at the same position have the same checksum, or one of them is
     * wrong. It digests the position and each organisation's {@link #organisationDigest digest} in id order;
     * stop applying for a value that belongs to one position.
     */
    public String checksum() {
        return combined(position, organisationIds().stream().map(this::organisationDigest).toList());
    }

    /** The checksum's way of combining a position with the organisations' digests, in organisation id order. */
    public static String combined(long position, List<String> organisationDigests) {
        ContentDigest digest = new ContentDigest();
        digest.add("position").add(position);
        organisationDigests.forEach(digest::add);
        return digest.hex();
    }

    /**
     * A SHA-256 over the same content as {@link #checksum}, each value fed as its bytes rather than its text
     * ({@link ContentDigest#binary()}), the organisations digested on every core: several times faster, for a
     * checkpoint to prove that the state it read back is the state it wrote. Not equal to the checksum; call it
     * on a projection no one else is applying to. Loads every organisation not yet loaded.
     */
    public String stateDigest() {
        return combinedState(position, indexesInIdOrder().parallelStream()
                .map(LedgerProjection::organisationStateDigest).toList());
    }

    /** {@link #stateDigest}'s way of combining a position with the organisations' own, in organisation id order. */
    public static String combinedState(long position, List<String> organisationStateDigests) {
        ContentDigest digest = ContentDigest.binary();
        digest.add("position").add(position);
        organisationStateDigests.forEach(digest::add);
        return digest.hex();
    }

    /** One organisation's part of {@link #stateDigest}, taken under its read lock. */
    public static String organisationStateDigest(OrganisationIndex index) {
        return digestOf(index, ContentDigest.binary());
    }

    /** A SHA-256 over one organisation's index, taken under its read lock; null for an unknown organisation. */
    public String organisationDigest(String organisationId) {
        OrganisationSlot slot = organisations.get(organisationId);
        if (slot == null) {
            return null;
        }
        return digestOf(slot.index(), new ContentDigest());
    }

    private static String digestOf(OrganisationIndex index, ContentDigest digest) {
        return index.read(() -> {
            digest.add(index);
            return digest.hex();
        });
    }

    /** The ids of every organisation registered so far, sorted. */
    public List<String> organisationIds() {
        List<String> ids = new ArrayList<>(organisations.keySet());
        ids.sort(null);
        return ids;
    }

    /** Every organisation's index, for checksums and diagnostics; not for queries. Loads those not yet loaded. */
    public java.util.Collection<OrganisationIndex> indexes() {
        return indexesInIdOrder();
    }

    /**
     * Every organisation's index in id order, those not yet loaded loaded first (side by side on every core).
     *
     * @throws RejectedSectionException when one's checkpoint section fails its checks
     */
    public List<OrganisationIndex> indexesInIdOrder() {
        List<String> ids = organisationIds();
        pendingOrganisationIds().parallelStream().forEach(this::load);
        return ids.stream().map(id -> organisations.get(id).index()).toList();
    }

    private <T> T snapshot(String organisationId, LocalDate asOf, Instant knownAt, Function<SnapshotAt, T> query) {
        Objects.requireNonNull(asOf, "asOf");
        return known(organisationId, knownAt, (index, epoch) -> query.apply(new SnapshotAt(index, asOf, epoch)));
    }

    /** Runs the query under the organisation's read lock with the epoch known at {@code knownAt}. */
    private <T> T known(String organisationId, Instant knownAt, KnownQuery<T> query) {
        Objects.requireNonNull(knownAt, "knownAt");
        OrganisationSlot slot = organisations.get(organisationId);
        if (slot == null || slot.registeredAt().isAfter(knownAt)) {
            throw new UnknownEntityException("organisation", organisationId);
        }
        OrganisationIndex index = slot.index();
        return index.read(() -> {
            int epoch = Math.min(index.times().knownAt(knownAt), index.completeEpoch());
            if (epoch == RecordedTimes.NOTHING_KNOWN) {
                throw new UnknownEntityException("organisation", organisationId);
            }
            return query.run(index, epoch);
        });
    }

    @FunctionalInterface
    private interface KnownQuery<T> {
        T run(OrganisationIndex index, int epoch);
    }
}
