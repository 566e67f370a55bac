package se.reorgledger.api.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.reorgledger.api.integrity.LedgerDigests;
import se.reorgledger.api.integrity.LedgerRows;
import se.reorgledger.api.integrity.OutOfRangeException;
import se.reorgledger.api.integrity.Snapshots;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.integrity.chain.LedgerRow;
import se.reorgledger.integrity.export.ExportTrailer;
import se.reorgledger.integrity.export.ExportWriter;

@RestController
@RequestMapping("/api/v1/ledger")
@Tag(name = "Ledger integrity")
public class LedgerExportController {

    static final String NDJSON = "application/x-ndjson";

    private final Snapshots snapshots;
    private final LedgerDigests digests;
    private final LedgerRows rows;

    public LedgerExportController(Snapshots snapshots, LedgerDigests digests, LedgerRows rows) {
        this.snapshots = snapshots;
        this.digests = digests;
        this.rows = rows;
    }

    @GetMapping("/export")
    @Operation(summary = "Every event with everything its hash covers, for offline verification",
            description = "NDJSON, streamed from one snapshot: one line per event (and per chain link without its "
                    + "event, should there be one) with the exact stored payload and metadata and the entry and "
                    + "chain hashes, then a last line with the head. Positions from and to (default: all) choose a "
                    + "part. Check it with ledger-verifier.jar verify-export (or the service jar); format in "
                    + "docs/ledger-integrity.md.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = NDJSON,
                    schema = @Schema(type = "string", description = "One JSON object a line"))))
    public void export(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to,
                       HttpServletResponse response) {
        snapshots.read(() -> {
            LedgerDigest head = digests.current();
            long first = from == null ? 1 : from;
            long last = to == null ? head.position() : to;
            if (first < 1 || first > last + 1 || last > head.position()) {
                throw new OutOfRangeException(from != null && (first < 1 || first > last + 1) ? "from" : "to",
                        "must give positions with 1 <= from <= to <= " + head.position() + " (got from " + first
                                + ", to " + last + ")");
            }
            String chainBefore = first == 1 ? EntryHashing.GENESIS : link(first - 1, "from").chainHash();
            long fromIndex = first == 1 ? Long.MIN_VALUE : link(first, "from").globalIndex();
            long toIndex = last == head.position() ? Long.MAX_VALUE : link(last, "to").globalIndex();
            response.setContentType(NDJSON);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"ledger-export-" + first + "-" + last + ".ndjson\"");
            try (OutputStream body = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
                 ExportWriter writer = new ExportWriter(body)) {
                rows.forEach(fromIndex, toIndex, row -> write(writer, row));
                writer.write(new ExportTrailer(head, first, last, chainBefore));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    @ExceptionHandler(OutOfRangeException.class)
    ProblemDetail outOfRange(OutOfRangeException e) {
        return e.problem();
    }

    private ChainLink link(long position, String field) {
        ChainLink link = rows.linkAt(position);
        if (link == null) {
            throw new OutOfRangeException(field, "names position " + position + ", for which the chain has no link: "
                    + "GET /api/v1/ledger/verify says what happened");
        }
        return link;
    }

    private static void write(ExportWriter writer, LedgerRow row) {
        try {
            writer.write(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
