package se.reorgledger.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.readmodel.ReadSideStatus;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/** The read models of this node: where they are in the ledger, and a checksum to compare with other nodes'. */
@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Administration")
public class ReadModelStateController {

    private final ProjectionHolder holder;
    private final ReadSideStatus status;

    public ReadModelStateController(ProjectionHolder holder, ReadSideStatus status) {
        this.holder = holder;
        this.status = status;
    }

    /** {@code checksum} belongs to {@code position} only while no event arrives: compare nodes when writes rest. */
    public record ReadModelState(long position, long knownHead, long lag, boolean answering, String checksum) {
    }

    @GetMapping
    @Operation(summary = "This node's read models: position, lag and checksum",
            description = "Two nodes whose read models are at the same position have the same checksum, or one "
                    + "of them is wrong. The checksum is computed over everything (a few seconds at national scale).")
    public ReadModelState state() {
        LedgerProjection projection = holder.current();
        return new ReadModelState(projection.position(), status.knownHead(), status.lag(), status.answering(),
                projection.checksum());
    }
}
