package se.reorgledger.integrity.chain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names what the suspects of a walk show, suspect by suspect in the ledger's order, and what the end of the chain
 * shows against the head. Each rule is in docs/ledger-integrity.md; a suspect that a rule explains together with
 * an earlier one is not reported again.
 */
final class FindingClassifier {

    private final VerificationScope scope;
    private final Suspects suspects;
    private final TrialBudget budget;
    private final long lastPosition;
    private final String lastChainHash;
    private final ChainLink lastLink;
    private long shift;
    private final Set<Long> accounted = new HashSet<>();

    FindingClassifier(VerificationScope scope, List<Suspect> suspects, TrialBudget budget, long lastPosition,
                      String lastChainHash, ChainLink lastLink) {
        this.scope = scope;
        this.suspects = new Suspects(suspects);
        this.budget = budget;
        this.lastPosition = lastPosition;
        this.lastChainHash = lastChainHash;
        this.lastLink = lastLink;
    }

    List<Finding> classify() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < suspects.size(); i++) {
            if (suspects.open(i)) {
                suspects.explain(i);
                findings.add(classify(i));
            }
        }
        endOfChain(findings);
        return findings;
    }

    private Finding classify(int i) {
        Suspect s = suspects.get(i);
        ChainLink link = s.link();
        if ((link != null ? link.position() : s.expected()) > scope.to()) {
            return beyondTheEnd(s);
        }
        if (!s.complete()) {
            Finding moved = movedApart(i);
            if (moved != null) {
                return moved;
            }
            return link == null ? unchained(s) : missingEvent(s);
        }
        Finding exchanged = exchangedWithLater(i);
        if (exchanged != null) {
            return exchanged;
        }
        return switch (s.symptom()) {
            case MISNUMBERED -> misnumbered(s);
            case JUMPED -> jumped(i);
            case DISPLACED -> displaced(s);
            case BEHIND -> behind(s);
            default -> atItsPosition(i);
        };
    }

    private Finding beyondTheEnd(Suspect s) {
        String end = scope.reachesTheHead() ? "past the head, which counts " + scope.to() + " events: no append puts "
                + "an event there without moving the head" : "beyond position " + scope.to() + ", the last this "
                + "export covers";
        String link = s.link() == null ? "with no link in the chain" : "with a chain link for position "
                + s.link().position();
        String what = s.entry() == null ? "A chain link for position " + s.link().position() + " with no event"
                : "An event, " + s.entry().describe() + ", " + link + ",";
        return new Finding(FindingKind.INSERTED, s.expected(), what + " stands " + end + ".");
    }

    /** An event without a link and a link without an event that belong together: one of them was moved. */
    private Finding movedApart(int i) {
        Suspect s = suspects.get(i);
        for (int j = 0; j < suspects.size(); j++) {
            Suspect t = suspects.get(j);
            if (j == i || !suspects.open(j) || t.complete() || t.row().hasLink() == s.row().hasLink()) {
                continue;
            }
            ChainLink link = s.row().hasLink() ? s.link() : t.link();
            LedgerEntry entry = s.row().hasEntry() ? s.entry() : t.entry();
            if (!budget.spend()) {
                return null;
            }
            Relocation moved = Relocation.of(entry, link);
            if (moved != null) {
                suspects.explain(j);
                account(link.position());
                return moved.finding();
            }
        }
        return null;
    }

    /** Two suspects further apart than the walk looks ahead that are intact once something is exchanged back. */
    private Finding exchangedWithLater(int i) {
        Suspect s = suspects.get(i);
        for (int j = i + 1; j <= i + Suspects.WINDOW && j < suspects.size(); j++) {
            Suspect t = suspects.get(j);
            if (!suspects.open(j) || !t.complete()) {
                continue;
            }
            Finding found = placesExchanged(s, t);
            if (found == null) {
                ExchangeSearch.Exchange exchange = ExchangeSearch.find(s.row(), t.row(), budget);
                found = exchange == null ? null : exchange.finding();
            }
            if (found != null) {
                suspects.explain(j);
                account(s.link().position(), t.link().position());
                return found;
            }
        }
        return null;
    }

    /** Both rows intact, but the later-appended one stands first and the earlier one where it should be. */
    private static Finding placesExchanged(Suspect s, Suspect t) {
        if (s.symptom() != Suspect.Symptom.DISPLACED || t.symptom() != Suspect.Symptom.BEHIND
                || !s.fitsItsLink() || !t.fitsItsLink() || s.link().position() <= t.link().position()) {
            return null;
        }
        return ExchangeSearch.placesExchanged(t.row(), s.row());
    }

    private Finding unchained(Suspect s) {
        String where = s.expected() <= lastPosition ? "before position " + s.expected()
                : "after the last position, " + lastPosition;
        return new Finding(FindingKind.INSERTED, s.expected(), "An event with no link in the chain stands " + where
                + ": " + s.entry().describe() + ". Every append links its events into the chain in the same "
                + "transaction, so this one was put into the event table from outside.");
    }

    private Finding missingEvent(Suspect s) {
        ChainLink link = s.link();
        return new Finding(FindingKind.REMOVED, link.position(), "The event at position " + link.position()
                + " (global index " + link.globalIndex() + ") is missing from the event table, while the chain "
                + "still holds its link: it was deleted after it was appended.");
    }

    private Finding misnumbered(Suspect s) {
        return new Finding(FindingKind.CHAIN_MISMATCH, s.expected(), "The chain's record of position "
                + s.expected() + " says it is position " + s.link().position() + ", though the event and the hashes "
                + "are those of position " + s.expected() + ": the chain table was changed.");
    }

    /** A row whose link claims a later position, while the rows after it go on where the chain expected. */
    private Finding displaced(Suspect s) {
        long claimed = s.link().position();
        if (s.fitsItsLink()) {
            account(claimed);
            return new Finding(FindingKind.REORDERED, s.expected(), "The event appended as position " + claimed
                    + " stands before position " + s.expected() + " in the ledger's order: " + s.entry().describe()
                    + ". Events keep the order in which they were appended, so it was moved.");
        }
        return new Finding(FindingKind.INSERTED, s.expected(), "An event whose chain link claims position "
                + claimed + ", further on, stands before position " + s.expected() + " and does not match that "
                + "link: " + s.entry().describe() + ".");
    }

    /** The chain goes on further than expected: the positions in between are missing, or stand elsewhere. */
    private Finding jumped(int i) {
        Suspect s = suspects.get(i);
        long from = s.expected();
        long to = s.link().position() - 1;
        for (int j = i + 1; j < suspects.size(); j++) {
            Suspect later = suspects.get(j);
            if (suspects.open(j) && later.symptom() == Suspect.Symptom.BEHIND && later.fitsItsLink()
                    && later.link().position() >= from && later.link().position() <= to) {
                suspects.explain(j);
                account(later.link().position());
                return new Finding(FindingKind.REORDERED, later.link().position(), "The event appended as position "
                        + later.link().position() + " stands later in the ledger's order, before position "
                        + later.expected() + ": " + later.entry().describe() + ". Events keep the order in "
                        + "which they were appended, so it was moved.");
            }
        }
        String which = from == to ? "The event at position " + from + " is" : "The " + (to - from + 1)
                + " events at positions " + from + " to " + to + " are";
        return new Finding(FindingKind.REMOVED, from, which + " missing, event and chain link alike, and the "
                + "chain goes on at position "
                + s.link().position() + " with a link that does not follow from position " + (from - 1) + ".");
    }

    /** A link for a position the chain has passed already. */
    private static Finding behind(Suspect s) {
        long claimed = s.link().position();
        if (s.fitsItsLink()) {
            return new Finding(FindingKind.INSERTED, s.expected(), "A second record of the event at position "
                    + claimed + " stands before position " + s.expected() + ": " + s.entry().describe()
                    + ". The chain had passed position " + claimed + " already, so this copy was added.");
        }
        return new Finding(FindingKind.INSERTED, s.expected(), "An event whose chain link claims position " + claimed
                + ", which the chain had passed already, stands before position " + s.expected() + " and does not "
                + "match that link: " + s.entry().describe() + ".");
    }

    private Finding atItsPosition(int i) {
        Suspect s = suspects.get(i);
        long p = s.expected();
        ChainLink link = s.link();
        boolean fits = s.fitsItsLink();
        boolean follows = ChainHashes.follows(s.previous(), link.entryHash(), link.chainHash());
        if (!fits && follows) {
            return new Finding(FindingKind.ALTERED, p, "The event at position " + p + " no longer matches the entry "
                    + "hash recorded when it was appended: " + s.entry().describe() + ". Something it holds (payload, "
                    + "metadata, type, time or identifiers) was changed since; its chain link is intact.");
        }
        if (!fits) {
            return unfittingAndUnlinked(i, s, p);
        }
        Suspect next = suspects.open(i + 1) ? suspects.get(i + 1) : null;
        if (next != null && next.complete() && next.link().position() == p + 1 && next.fitsAt(p)
                && ChainHashes.follows(s.previous(), next.link().entryHash(), next.link().chainHash())) {
            suspects.explain(i + 1);
            suspects.explainRenumbered(i + 1, 1);
            shift++;
            return new Finding(FindingKind.INSERTED, p, "An event was inserted at position " + p + " with a forged "
                    + "chain link, and the positions of the events after it were moved up by one: "
                    + s.entry().describe() + ".");
        }
        return new Finding(FindingKind.CHAIN_MISMATCH, p, "The chain hash recorded at position " + p + " does not "
                + "follow from the chain before it, though the event matches its entry hash: the chain table was "
                + "changed.");
    }

    private Finding unfittingAndUnlinked(int i, Suspect s, long p) {
        if (s.fitsAt(p + 1)) {
            suspects.explainRenumbered(i, -1);
            shift--;
            return new Finding(FindingKind.REMOVED, p, "The event at position " + p + " is missing, and the "
                    + "positions of the events after it were moved down by one to hide the gap: "
                    + s.entry().describe() + " was appended as position " + (p + 1) + ".");
        }
        if (p > scope.from() && s.fitsAt(p - 1)) {
            suspects.explainRenumbered(i, 1);
            shift++;
            return new Finding(FindingKind.INSERTED, p - 1, "An event was inserted at position " + (p - 1)
                    + ", and the positions of the events after it were moved up by one: " + s.entry().describe()
                    + " was appended as position " + (p - 1) + ".");
        }
        if (ChainHashes.follows(s.previous(), s.entry().entryHash(p), s.link().chainHash())) {
            return new Finding(FindingKind.CHAIN_MISMATCH, p, "The chain's record of position " + p + " holds an "
                    + "entry hash that is not the event's, though its chain hash seals the event as it is: the chain "
                    + "table was changed.");
        }
        return new Finding(FindingKind.ALTERED, p, "The event at position " + p + " no longer matches its entry "
                + "hash, and its chain link does not follow from the one before: both were changed. "
                + s.entry().describe() + ".");
    }

    /** Positions that a finding shows to stand elsewhere: a jump over them, or a chain ending before them, is no loss. */
    private void account(long... positions) {
        for (long position : positions) {
            accounted.add(position);
        }
        suspects.explainJumpsOver(accounted.stream().mapToLong(Long::longValue).toArray());
    }

    private boolean allAccounted(long fromInclusive, long toInclusive) {
        for (long p = fromInclusive; p <= toInclusive; p++) {
            if (!accounted.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /** What the end of the chain shows against the head the ledger states. */
    private void endOfChain(List<Finding> findings) {
        if (scope.head() == null) {
            return;
        }
        long end = scope.to() + shift;
        boolean reportedBeyond = findings.stream()
                .anyMatch(f -> f.kind() == FindingKind.INSERTED && f.position() > scope.to());
        if (lastPosition > end && !reportedBeyond) {
            findings.add(new Finding(FindingKind.INSERTED, end + 1, "The chain goes on past the head: positions "
                    + (end + 1) + " to " + lastPosition + " were added without moving the head, which no append "
                    + "does."));
        } else if (lastPosition < end && !allAccounted(lastPosition + 1, end)) {
            findings.add(new Finding(FindingKind.REMOVED, lastPosition + 1, "The head counts " + end + " events, but "
                    + "the chain ends at position " + lastPosition + ": the last " + (end - lastPosition)
                    + " events and their links are missing."));
        } else if (lastPosition == end && scope.reachesTheHead()) {
            LedgerDigest head = scope.head();
            if (!head.chainHash().equalsIgnoreCase(String.valueOf(lastChainHash))) {
                findings.add(new Finding(FindingKind.HEAD_MISMATCH, end, "The head's chain hash " + head.chainHash()
                        + " is not the chain's last link at position " + end + " (" + lastChainHash + "): the head "
                        + "or the chain was rewritten."));
            } else if (lastLink != null && lastLink.globalIndex() != head.globalIndex()) {
                findings.add(new Finding(FindingKind.HEAD_MISMATCH, end, "The head names global index "
                        + head.globalIndex() + " as the last event's, but the chain's last link is at global index "
                        + lastLink.globalIndex() + "."));
            }
        }
    }
}
