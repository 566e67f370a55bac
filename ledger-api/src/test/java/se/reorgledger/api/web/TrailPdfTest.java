package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.history.DecisionRef;
import se.reorgledger.projections.history.ChangeView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.trail.DecisionTrailView;
import se.reorgledger.projections.trail.TrailDecision;

class TrailPdfTest {

    private static final DecisionRef DECISION = new DecisionRef("ks-2025-11-18-147", "Kommunstyrelsen",
            LocalDate.of(2025, 11, 18), "§ 147", "KS 2025/203", "Samhällsbyggnadskontoret inrättas", true);
    private static final LedgerDigest HEAD = new LedgerDigest(196, 195, "ab".repeat(32),
            Instant.parse("2026-01-15T09:00:00Z"), 196, "cd".repeat(32));

    private static ChangeView change(int n, String summary, List<CorrectionView> corrections) {
        return new ChangeView("event-" + n, DECISION.id() + "." + n, "unitEstablished", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), Instant.parse("2025-11-20T10:00:00Z"), "registrator", DECISION, summary,
                false, corrections);
    }

    @Test
    void theTrailReadsBackWithSwedishLettersAndNamesTheLedgerHeadItWasReadFrom() throws IOException {
        CorrectionView postponed = new CorrectionView("event-9", "ks-2026-01-20-8.1", "effectiveDateCorrected",
                DECISION.id() + ".1", LocalDate.of(2026, 2, 1), "Tillträdet sköts upp", DECISION,
                Instant.parse("2026-01-20T10:00:00Z"), "registrator");
        DecisionTrailView trail = new DecisionTrailView("askersund", "samhallsbyggnadskontoret", Instant.now(),
                List.of("samhallsbyggnadskontoret", "tekniska"), List.of(new TrailDecision(DECISION, List.of(
                change(1, "Samhällsbyggnadskontoret inrättas som kontor under Kommunförvaltningen", List.of()),
                change(2, "Gata/park flyttas från Tekniska förvaltningen till Samhällsbyggnadskontoret",
                        List.of(postponed))), List.of())));

        byte[] pdf = TrailPdf.of("Askersunds kommun", "Samhällsbyggnadskontoret", "2026-01-15 10:00", trail, HEAD);
        PdfAConformance.assertConformsToPdfA2b(pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Beslutsspår: Samhällsbyggnadskontoret",
                    "Kommunstyrelsen 2025-11-18 § 147, KS 2025/203 (illustrativ)",
                    "Gata/park flyttas från Tekniska förvaltningen till Samhällsbyggnadskontoret",
                    "Nytt datum 2026-02-01: Tillträdet sköts upp");
            assertThat(text.replace("\n", " ").replace("\r", "")).contains("position 196", "ab".repeat(32),
                    "cd".repeat(32));
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "2").contains("pdfaid:conformance", "B");
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void aLongTrailRunsOnToNewPages() throws IOException {
        List<ChangeView> changes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            changes.add(change(i, "Enhet " + i + " flyttas från Tekniska förvaltningen till Samhällsbyggnadskontoret",
                    List.of()));
        }
        DecisionTrailView trail = new DecisionTrailView("askersund", "x", Instant.now(), List.of("x"),
                List.of(new TrailDecision(DECISION, changes, List.of())));

        try (PDDocument document = Loader.loadPDF(TrailPdf.of("Askersunds kommun", "X", "nu", trail, HEAD))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            assertThat(new PDFTextStripper().getText(document)).contains("Enhet 499 flyttas");
        }
    }
}
