package se.reorgledger.api.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.api.store.LedgerHead;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger integrity", description = "The hash chain that makes any rewrite of the ledger visible")
public class LedgerHeadController {

    private final HashChain chain;

    public LedgerHeadController(HashChain chain) {
        this.chain = chain;
    }

    @GetMapping("/head")
    @Operation(summary = "The digest of the ledger",
            description = "The position (number of events) and chain hash of the newest event: a digest an "
                    + "auditor writes down or publishes, and later checks an export against.")
    public LedgerHead head() {
        return chain.head();
    }
}
