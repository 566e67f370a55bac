package se.reorgledger.integrity.chain;

import java.util.List;

/**
 * The outcome of verifying the ledger or an export: intact or not, how many events were checked, the head it was
 * checked against, and the findings, the first of which is named at the top in plain words.
 */
public record Verification(
        boolean intact,
        long checkedEvents,
        LedgerDigest head,
        Long firstBrokenPosition,
        String finding,
        String message,
        List<Finding> findings) {

    static Verification of(long checkedEvents, LedgerDigest head, List<Finding> findings, String intactMessage,
                           String note) {
        if (findings.isEmpty()) {
            return new Verification(true, checkedEvents, head, null, null, intactMessage, List.of());
        }
        Finding first = findings.get(0);
        String more = findings.size() == 1 ? "" : " (" + (findings.size() - 1) + " more finding"
                + (findings.size() == 2 ? " follows" : "s follow") + ".)";
        return new Verification(false, checkedEvents, head, first.position(), first.kind().slug(),
                first.message() + more + note, List.copyOf(findings));
    }
}
