package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.document.DocumentPart;
import se.reorgledger.core.document.DocumentRole;
import se.reorgledger.projections.documents.DocumentView;

class DecisionDocumentsTest {

    private static DocumentView document(DocumentPart part, String committee, String version, DocumentRole role,
                                         long size) {
        return new DocumentView(part, committee, version, role, "handling.pdf", "application/pdf", size,
                "ab".repeat(32), DocumentView.BYTES + "ab".repeat(32), "event-1",
                Instant.parse("2026-01-15T09:00:00Z"), "registrator");
    }

    @Test
    void eachDocumentSaysInSwedishWhatItIsAndWhichPartOfTheDecisionItBelongsTo() {
        List<DecisionDocuments.Line> lines = DecisionDocuments.of(List.of(
                document(DocumentPart.justering, null, null, DocumentRole.protokollsutdrag, 812),
                document(DocumentPart.reglemente, "kommunstyrelsen", "2026", DocumentRole.reglemente, 20_480),
                document(DocumentPart.ruling, null, null, DocumentRole.dom, 3_250_000)));

        assertThat(lines).extracting(DecisionDocuments.Line::role, DecisionDocuments.Line::belongsTo,
                DecisionDocuments.Line::size).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Protokollsutdrag", "Justeringen", "812 byte"),
                org.assertj.core.groups.Tuple.tuple("Reglemente", "Reglemente för kommunstyrelsen, version 2026",
                        "20,5 kB"),
                org.assertj.core.groups.Tuple.tuple("Dom", "Domen", "3,3 MB"));
        assertThat(lines.get(0).sha256()).isEqualTo("ab".repeat(32));
    }
}
