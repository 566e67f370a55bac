package se.reorgledger.api.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.integrity.chain.LedgerDigest;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger integrity", description = "The hash chain that makes any rewrite of the ledger visible")
public class LedgerHeadController {

    private final LedgerDigests digests;

    public LedgerHeadController(LedgerDigests digests) {
        this.digests = digests;
    }

    @GetMapping("/head")
    @Operation(summary = "The digest of the ledger",
            description = "The position (number of events) and chain hash of the newest event, and the Merkle root "
                    + "over the entry hashes of the first treeSize events (treeSize equals position unless the "
                    + "chain is broken): a digest an auditor writes down or publishes, and later checks an export "
                    + "or a proof against.")
    public LedgerDigest head() {
        return digests.current();
    }
}
