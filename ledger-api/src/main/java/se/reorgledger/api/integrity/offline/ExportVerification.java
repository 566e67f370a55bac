package se.reorgledger.api.integrity.offline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import se.reorgledger.api.integrity.ChainVerifier;
import se.reorgledger.api.integrity.Finding;
import se.reorgledger.api.integrity.FindingKind;
import se.reorgledger.api.integrity.LedgerRow;
import se.reorgledger.api.integrity.TrustedDigest;
import se.reorgledger.api.integrity.Verification;
import se.reorgledger.api.integrity.VerificationScope;
import se.reorgledger.api.integrity.export.ExportReader;
import se.reorgledger.api.integrity.export.ExportTrailer;

/**
 * Verifies an export file with the same rules as the service verifies its tables, from the exported bytes alone:
 * against the head line the export closes with and, if given, a digest the auditor trusts.
 */
public final class ExportVerification {

    private ExportVerification() {
    }

    public static Verification verify(Path export, TrustedDigest trusted) throws IOException {
        ExportTrailer trailer = ExportReader.trailer(export);
        VerificationScope scope = trailer == null ? VerificationScope.unbounded() : trailer.scope();
        if (trusted != null && scope.from() != 1) {
            throw new IllegalArgumentException("this export starts at position " + scope.from() + "; a digest can "
                    + "only be checked against an export from position 1");
        }
        ChainVerifier verifier = new ChainVerifier(scope, trusted);
        long rows = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(export), 1 << 16);
             ExportReader reader = new ExportReader(in)) {
            for (LedgerRow row = reader.next(); row != null; row = reader.next()) {
                verifier.accept(row);
                rows++;
            }
        }
        if (trailer == null) {
            verifier.report(new Finding(FindingKind.INCOMPLETE, rows + 1, "The export does not end with its head "
                    + "line: it was cut short, or lines were added after it. Nothing shows whether events after "
                    + "its last line are missing."));
        }
        return verifier.finish();
    }
}
