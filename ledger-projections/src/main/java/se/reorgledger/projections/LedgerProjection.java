package se.reorgledger.projections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
import se.reorgledger.projections.index.CheckpointOutput;
import se.reorgledger.projections.index.ContentDigest;
import se.reorgledger.projections.index.IncompatibleCheckpointException;
import se.reorgledger.projections.index.OrganisationIdOf;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.OrganisationRef;
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
 * queries run concurrently with it, each organisation under its own read-write lock.
 */
public final class LedgerProjection {

    private final ConcurrentHashMap<String, OrganisationIndex> organisations = new ConcurrentHashMap<>();
    private final Object applying = new Object();
    private volatile long position = -1;

    /** Applies the event unless an event at or after its position has been applied already. */
    public void apply(RecordedEvent event) {
        synchronized (applying) {
            if (event.position() <= position) {
                return;
            }
            Object payload = event.payload();
            if (payload instanceof OrganisationRegisteredEvent registered) {
                organisations.putIfAbsent(registered.organisationId(), new OrganisationIndex(registered, event));
            } else {
                String organisationId = OrganisationIdOf.event(payload);
                OrganisationIndex index = organisationId == null ? null : organisations.get(organisationId);
                if (index != null) {
                    index.write(() -> index.apply(event));
                }
            }
            position = event.position();
        }
    }

    /** Runs {@code work} with nothing applied meanwhile: the projection stands at one position throughout. */
    public <T> T still(Supplier<T> work) {
        synchronized (applying) {
            return work.get();
        }
    }

    /**
     * Writes the whole projection into a checkpoint: its position, then each organisation's index in id order, each
     * a section of its own ({@link CheckpointOutput#writeSection}). Call it {@link #still}; queries go on meanwhile.
     */
    public void writeTo(CheckpointOutput out) throws IOException {
        synchronized (applying) {
            out.writeLong(position);
            List<String> ids = organisationIds();
            out.writeInt(ids.size());
            for (String id : ids) {
                OrganisationIndex index = organisations.get(id);
                out.writeSection(section -> index.read(() -> {
                    try {
                        index.writeTo(section);
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
        }
    }

    /** A projection of the indexes read from a checkpoint, standing at the position it was written at. */
    public static LedgerProjection fromCheckpoint(long position, List<OrganisationIndex> indexes) {
        LedgerProjection projection = new LedgerProjection();
        for (OrganisationIndex index : indexes) {
            if (projection.organisations.putIfAbsent(index.id(), index) != null) {
                throw new IncompatibleCheckpointException("the organisation " + index.id() + " twice");
            }
        }
        projection.position = position;
        return projection;
    }

    /** The position of the last event applied, or -1 before any. */
    public long position() {
        return position;
    }

    /** When the newest event the organisation's read model holds was recorded; null before any, or if unknown. */
    public Instant newestRecordedAt(String organisationId) {
        OrganisationIndex index = organisations.get(organisationId);
        if (index == null) {
            return null;
        }
        return index.read(() -> {
            int latest = index.times().latest();
            return latest >= 0 ? index.times().at(latest) : null;
        });
    }

    public List<OrganisationRef> organisations(Instant knownAt) {
        Objects.requireNonNull(knownAt, "knownAt");
        List<OrganisationRef> known = new ArrayList<>();
        for (OrganisationIndex index : organisations.values()) {
            if (!index.registeredAt().isAfter(knownAt)) {
                known.add(new OrganisationRef(index.id(), index.name()));
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
     * on a projection no one else is applying to.
     */
    public String stateDigest() {
        List<String> digests = organisationIds().parallelStream().map(id -> {
            OrganisationIndex index = organisations.get(id);
            return index.read(() -> {
                ContentDigest digest = ContentDigest.binary();
                digest.add(index);
                return digest.hex();
            });
        }).toList();
        ContentDigest digest = ContentDigest.binary();
        digest.add("position").add(position);
        digests.forEach(digest::add);
        return digest.hex();
    }

    /** A SHA-256 over one organisation's index, taken under its read lock; null for an unknown organisation. */
    public String organisationDigest(String organisationId) {
        OrganisationIndex index = organisations.get(organisationId);
        if (index == null) {
            return null;
        }
        return index.read(() -> {
            ContentDigest digest = new ContentDigest();
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

    /** Every organisation's index, for checksums and diagnostics; not for queries. */
    public java.util.Collection<OrganisationIndex> indexes() {
        return organisations.values();
    }

    private <T> T snapshot(String organisationId, LocalDate asOf, Instant knownAt, Function<SnapshotAt, T> query) {
        Objects.requireNonNull(asOf, "asOf");
        return known(organisationId, knownAt, (index, epoch) -> query.apply(new SnapshotAt(index, asOf, epoch)));
    }

    /** Runs the query under the organisation's read lock with the epoch known at {@code knownAt}. */
    private <T> T known(String organisationId, Instant knownAt, KnownQuery<T> query) {
        Objects.requireNonNull(knownAt, "knownAt");
        OrganisationIndex index = organisations.get(organisationId);
        if (index == null || index.registeredAt().isAfter(knownAt)) {
            throw new UnknownEntityException("organisation", organisationId);
        }
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
