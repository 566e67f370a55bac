package se.reorgledger.integrity.chain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import se.reorgledger.integrity.chain.Suspect.Symptom;

/**
 * Walks the ledger's rows in the order of their global index, in one pass and constant memory, and checks that
 * each event hashes to its link's entry hash at the position the chain expects and that each link follows from
 * the one before. Two rows a few apart that are intact once something is exchanged back between them are
 * repaired on the spot and reported as one finding. Any other row that does not fit is kept as a suspect (up to a
 * bound) and the walk resynchronises on the chain, so that one tampered row does not make every later row look
 * tampered; at the end the {@link FindingClassifier} names what the suspects show. The rules are in
 * docs/ledger-integrity.md.
 */
public final class ChainVerifier {

    static final int SUSPECTS_KEPT = 1000;
    private static final int LOOKAHEAD = 6;
    private static final long TRIAL_HASHES = 200_000;
    /**
     * How many repairs (an exchange undone, a row rejoined) may follow one another for one row. A hostile export can
     * offer an endless round of exchanges; past this, the row is judged as it stands.
     */
    private static final int MAX_CHAINED_REPAIRS = LOOKAHEAD * 2;

    /**
     * A row as it stands, and as the walk is to see it once an exchange with an earlier row was undone; with the
     * hashes of the original row that the caller computed ahead (else null).
     */
    private record Pending(LedgerRow original, LedgerRow walked, RowHashes hashes) {

        Pending(LedgerRow original, LedgerRow walked) {
            this(original, walked, null);
        }
    }

    private final VerificationScope scope;
    private final HonestRecomputation honest;
    private final TrialBudget budget = new TrialBudget(TRIAL_HASHES);
    private final Deque<Pending> ahead = new ArrayDeque<>();
    private final List<Finding> repairs = new ArrayList<>();
    private final List<Suspect> suspects = new ArrayList<>();
    private long suspectsSeen;
    private long next;
    private String previous;
    private ChainLink lastLink;
    private long checkedEvents;
    private LedgerRow lastHashed;
    private long lastHashedPosition;
    private String lastHashedEntryHash;
    private int chainedRepairs;

    public ChainVerifier(VerificationScope scope, TrustedDigest trusted) {
        this.scope = scope;
        this.honest = new HonestRecomputation(scope, trusted);
        this.next = scope.from();
        this.previous = scope.chainBefore();
    }

    public ChainVerifier(VerificationScope scope) {
        this(scope, null);
    }

    /** Adds a finding that the caller made about the rows as a whole, such as an export without its head line. */
    public void report(Finding finding) {
        repairs.add(finding);
    }

    /** Takes the next row; a few rows are held back, since a row's meaning can depend on those after it. */
    public void accept(LedgerRow row) {
        accept(row, (RowHashes) null);
    }

    /**
     * Takes the next row with the hashes the caller computed ahead for it (on another thread, say), or null.
     */
    public void accept(LedgerRow row, RowHashes hashes) {
        ahead.addLast(new Pending(row, row, hashes));
        if (ahead.size() > LOOKAHEAD) {
            take();
        }
    }

    /**
     * Takes a run of rows that were found intact among themselves, without their rows, where the walk can: once
     * the rows held back fit the chain as they stand (their meaning no longer depends on what comes after them),
     * the run starts at the next position, the recomputation from the events is at the same place, and the run's
     * first link follows from the chain hash the walk ended in. Then every row of the run would fit at its turn,
     * and the walk moves to the run's end as it would have row by row. Otherwise nothing of the run is taken and
     * false says that its rows are to be given one by one; rows held back that fit may have been taken.
     */
    public boolean acceptIntact(IntactRun run) {
        while (!ahead.isEmpty() && ahead.peekFirst().walked() != null && fitsAtNext(ahead.peekFirst().walked())) {
            take();
        }
        if (!ahead.isEmpty() || run.firstPosition() != next || !honest.canTake(run) || !honest.endsIn(previous)
                || !ChainHashes.follows(previous, run.firstEntryHash(), run.firstChainHash())) {
            return false;
        }
        honest.addIntact(run);
        checkedEvents += run.size();
        next = run.lastPosition() + 1;
        previous = run.lastLink().chainHash();
        lastLink = run.lastLink();
        return true;
    }

    public Verification finish() {
        while (!ahead.isEmpty()) {
            take();
        }
        List<Finding> findings = new FindingClassifier(scope, suspects, budget, next - 1, previous, lastLink)
                .classify();
        findings.addAll(repairs);
        Finding digest = honest.check();
        if (digest != null) {
            findings.add(digest);
        }
        findings.sort(Comparator.comparingLong(Finding::position));
        String unanalysed = suspectsSeen == suspects.size() ? "" : " Beyond these, " + (suspectsSeen
                - suspects.size()) + " more rows do not fit the chain; they were not analysed one by one.";
        return Verification.of(checkedEvents, scope.head(), findings, intactMessage(), unanalysed);
    }

    private void take() {
        Pending pending = ahead.removeFirst();
        if (pending.original().hasEntry()) {
            checkedEvents++;
            long position = honest.nextPosition();
            LedgerRow original = pending.original();
            RowHashes hashes = pending.hashes();
            String entryHash = hashes != null && hashes.entryHashAtLink != null
                    && original.link().position() == position ? hashes.entryHashAtLink
                    : original.entry().entryHash(position);
            honest.add(entryHash, hashes);
            lastHashed = pending.original();
            lastHashedPosition = position;
            lastHashedEntryHash = entryHash;
        }
        if (pending.walked() != null) {
            walk(pending.walked());
        }
    }

    /** The row's entry hash at a position; the common case, an intact row, was hashed already in {@link #take()}. */
    private String entryHashAt(LedgerRow row, long position) {
        return row == lastHashed && position == lastHashedPosition ? lastHashedEntryHash
                : row.entry().entryHash(position);
    }

    private void walk(LedgerRow row) {
        if (fitsAtNext(row)) {
            follow(row.link(), row.link().chainHash());
            return;
        }
        if (chainedRepairs < MAX_CHAINED_REPAIRS) {
            chainedRepairs++;
            try {
                if (exchangedPlaces(row)) {
                    return;
                }
                LedgerRow repaired = row.hasEntry() && row.hasLink() ? undoExchange(row) : rejoin(row);
                if (repaired != null) {
                    walk(repaired);
                    return;
                }
            } finally {
                chainedRepairs--;
            }
        }
        if (!row.hasLink()) {
            suspect(row, Symptom.UNCHAINED);
            return;
        }
        ChainLink link = row.link();
        String chained = ChainHashes.next(previous, link.entryHash());
        boolean follows = chained != null && chained.equals(link.chainHash());
        if (row.hasEntry() && follows && row.entry().entryHash(next).equals(link.entryHash())) {
            suspect(row, Symptom.MISNUMBERED);
            follow(link, link.chainHash());
        } else if (link.position() == next) {
            boolean entryMatches = row.hasEntry() && row.entry().entryHash(next).equals(link.entryHash());
            suspect(row, row.hasEntry() ? Symptom.MISMATCHED : Symptom.UNFILLED);
            follow(link, entryMatches && chained != null && !nextLinkFollows(link.chainHash()) ? chained
                    : link.chainHash());
        } else if (link.position() > next && !displaced(link)) {
            suspect(row, row.hasEntry() ? Symptom.JUMPED : Symptom.UNFILLED);
            next = link.position();
            follow(link, link.chainHash());
        } else if (!row.hasEntry()) {
            suspect(row, Symptom.UNFILLED);
        } else {
            suspect(row, link.position() > next ? Symptom.DISPLACED : Symptom.BEHIND);
        }
    }

    /**
     * Whether the next link follows from this chain hash: then the stored hash is what the chain went on from,
     * even if it does not follow from the one before (that link is where the break is). Otherwise, when the event
     * matches its entry hash, the honest hash is the better witness: only this record's chain hash was changed.
     */
    private boolean nextLinkFollows(String chainHash) {
        LedgerRow following = ahead.stream().map(Pending::walked).filter(Objects::nonNull).findFirst().orElse(null);
        return following != null && following.hasLink()
                && ChainHashes.follows(chainHash, following.link().entryHash(), following.link().chainHash());
    }

    private boolean fitsAtNext(LedgerRow row) {
        return row.hasEntry() && row.hasLink() && row.link().position() == next
                && entryHashAt(row, next).equals(row.link().entryHash())
                && ChainHashes.follows(previous, row.link().entryHash(), row.link().chainHash());
    }

    private void follow(ChainLink link, String chainHash) {
        previous = chainHash;
        next++;
        lastLink = link;
    }

    /**
     * An intact row that belongs a few rows on, where an intact row stands that belongs here: the two exchanged
     * places. The one that belongs here is walked now, this one in its place.
     */
    private boolean exchangedPlaces(LedgerRow row) {
        if (!row.matchesItsLink() || row.link().position() <= next || row.link().position() - next > ahead.size()) {
            return false;
        }
        int index = (int) (row.link().position() - next) - 1;
        Pending there = new ArrayList<>(ahead).get(index);
        LedgerRow other = there.walked();
        if (other == null || !other.matchesItsLink() || other.link().position() != next) {
            return false;
        }
        replaceAhead(index, new Pending(there.original(), row));
        repairs.add(ExchangeSearch.placesExchanged(other, row));
        walk(other);
        return true;
    }

    /** A row a few ahead that is intact together with this one once something is exchanged back: undo it. */
    private LedgerRow undoExchange(LedgerRow row) {
        int index = 0;
        for (Pending later : ahead) {
            ExchangeSearch.Exchange exchange = later.walked() == null ? null
                    : ExchangeSearch.find(row, later.walked(), budget);
            if (exchange != null) {
                replaceAhead(index, new Pending(later.original(), exchange.second()));
                repairs.add(exchange.finding());
                return exchange.first();
            }
            index++;
        }
        return null;
    }

    /**
     * An event without a link and, a few rows on, a link without an event that seals it: the global index of one
     * of them was changed. The pair is walked here as the row it was, and the later half is skipped.
     */
    private LedgerRow rejoin(LedgerRow row) {
        int index = 0;
        for (Pending later : ahead) {
            LedgerRow other = later.walked();
            if (other != null && !other.hasEntry() == row.hasEntry() && other.hasLink() != row.hasLink()) {
                LedgerEntry entry = row.hasEntry() ? row.entry() : other.entry();
                ChainLink link = row.hasLink() ? row.link() : other.link();
                Relocation moved = budget.spend() ? Relocation.of(entry, link) : null;
                if (moved != null) {
                    replaceAhead(index, new Pending(later.original(), null));
                    repairs.add(moved.finding());
                    return moved.row();
                }
            }
            index++;
        }
        return null;
    }

    private void replaceAhead(int index, Pending replacement) {
        List<Pending> rows = new ArrayList<>(ahead);
        rows.set(index, replacement);
        ahead.clear();
        ahead.addAll(rows);
    }

    /** A later link followed by one that goes on where the chain expected: this row is out of place. */
    private boolean displaced(ChainLink link) {
        LedgerRow lookahead = ahead.stream().map(Pending::walked).filter(Objects::nonNull).findFirst().orElse(null);
        return lookahead != null && lookahead.hasLink() && lookahead.link().position() < link.position();
    }

    private void suspect(LedgerRow row, Symptom symptom) {
        suspectsSeen++;
        if (suspects.size() < SUSPECTS_KEPT) {
            suspects.add(new Suspect(row, next, previous, symptom));
        }
    }

    private String intactMessage() {
        long last = next - 1;
        String range = scope.from() == 1 ? "All " + checkedEvents + " events" : "All " + checkedEvents
                + " events from position " + scope.from() + " to " + last;
        String head = scope.reachesTheHead() ? "; it ends in the head's chain hash " + scope.head().chainHash()
                : last > 0 ? "; it ends in chain hash " + previous : "";
        return range + " match the entry hashes recorded when they were appended, and the chain links them in "
                + "order without a gap" + head + "." + honest.statement();
    }
}
