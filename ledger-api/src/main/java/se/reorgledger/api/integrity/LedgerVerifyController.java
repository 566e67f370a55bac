package se.reorgledger.api.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.integrity.chain.ChainVerifier;
import se.reorgledger.integrity.chain.Finding;
import se.reorgledger.integrity.chain.FindingKind;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.integrity.chain.Verification;
import se.reorgledger.integrity.chain.VerificationScope;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger integrity")
public class LedgerVerifyController {

    private final Snapshots snapshots;
    private final LedgerDigests digests;
    private final LedgerRows rows;
    private final ObjectProvider<WitnessSummary> witness;

    public LedgerVerifyController(Snapshots snapshots, LedgerDigests digests, LedgerRows rows,
                                  ObjectProvider<WitnessSummary> witness) {
        this.snapshots = snapshots;
        this.digests = digests;
        this.rows = rows;
        this.witness = witness;
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the chain from the event table and say whether the ledger is intact",
            description = "Reads every event and chain link in one snapshot, in batches, and reports the first "
                    + "position where the ledger was altered, removed, inserted, reordered or its chain changed, "
                    + "with every finding in plain words. The rules are in docs/ledger-integrity.md. `witness` says "
                    + "how the ledger compared at start with the witness the service keeps outside the database "
                    + "(docs/reliability.md).")
    public WitnessedVerification verify() {
        WitnessSummary summary = witness.getIfAvailable();
        return new WitnessedVerification(verifyChain(), summary == null ? null : summary.report());
    }

    private Verification verifyChain() {
        return snapshots.read(() -> {
            Optional<LedgerDigest> head = digests.find();
            ChainVerifier verifier = new ChainVerifier(head.map(VerificationScope::wholeLedger)
                    .orElse(VerificationScope.unbounded()));
            if (head.isEmpty()) {
                verifier.report(new Finding(FindingKind.HEAD_MISMATCH, 0, "The ledger has no head row: it was "
                        + "deleted, which the database refuses to anyone but a superuser who disables its triggers. "
                        + "Without it nothing shows whether the last events were removed."));
            }
            rows.forEach(Long.MIN_VALUE, Long.MAX_VALUE, verifier::accept);
            return verifier.finish();
        });
    }
}
