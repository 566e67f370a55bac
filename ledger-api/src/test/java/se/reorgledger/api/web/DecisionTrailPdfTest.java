package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.DecisionStatus;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.decisions.DecidedChange;
import se.reorgledger.projections.decisions.DecisionEvent;
import se.reorgledger.projections.decisions.DecisionView;
import se.reorgledger.projections.decisions.LifecycleView;
import se.reorgledger.projections.history.CorrectionView;
import se.reorgledger.projections.history.DecisionRef;

class DecisionTrailPdfTest {

    private static final DecisionRef DECISION = new DecisionRef("ks-2025-11-18-147", "Kommunstyrelsen",
            LocalDate.of(2025, 11, 18), "§ 147", "KS 2025/203", "Ny organisation med kontor", true);
    private static final DecisionRef CORRECTING = new DecisionRef("ks-2026-01-20-8", "Kommunstyrelsen",
            LocalDate.of(2026, 1, 20), "§ 8", "KS 2026/12", "Tillträdet sköts upp", false);
    private static final LedgerDigest HEAD = new LedgerDigest(196, 195, "ab".repeat(32),
            Instant.parse("2026-01-15T09:00:00Z"), 196, "cd".repeat(32));
    private static final Instant RECORDED = Instant.parse("2025-11-20T10:00:00Z");

    private static DecidedChange change(int n, String summary, boolean annulled, List<CorrectionView> corrections) {
        return new DecidedChange("event-" + n, DECISION.id() + "." + n, "unitEstablished", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), RECORDED, "registrator", summary, annulled, corrections);
    }

    private static LifecycleView lifecycle() {
        return new LifecycleView(DecisionStatus.upheld, LocalDate.of(2025, 11, 21), LocalDate.of(2025, 11, 24),
                LocalDate.of(2025, 12, 15), new LifecycleView.Appeal(LocalDate.of(2025, 12, 10),
                "Förvaltningsrätten i Karlstad", "1234-25"), new LifecycleView.Ruling(LocalDate.of(2026, 3, 2),
                "Förvaltningsrätten i Karlstad", "1234-25", RulingOutcome.upheld, List.of()), null, false, null, null,
                List.of(new LifecycleView.StepView("event-j", "justering", LocalDate.of(2025, 11, 21), RECORDED,
                        "registrator")));
    }

    @Test
    void theTrailReadsBackWithTheDecisionItsLifeItsChangesTheirCorrectionsAndItsPlacesInTheLedger()
            throws IOException {
        CorrectionView postponed = new CorrectionView("event-9", "ks-2026-01-20-8.1", "effectiveDateCorrected",
                DECISION.id() + ".2", LocalDate.of(2026, 2, 1), "Tillträdet sköts upp en månad", CORRECTING,
                Instant.parse("2026-01-20T10:00:00Z"), "registrator");
        DecisionView view = new DecisionView(DECISION, RECORDED, "registrator", List.of(
                change(1, "Samhällsbyggnadskontoret inrättas som kontor under Kommunförvaltningen", false, List.of()),
                change(2, "Malin Rosén tillträder som kontorschef", false, List.of(postponed)),
                change(3, "Gata/park flyttas till Samhällsbyggnadskontoret", true, List.of())), List.of(), lifecycle(),
                List.of());
        List<DecisionEvent> events = List.of(new DecisionEvent("decisionRecorded", null, "event-0", 40, RECORDED),
                new DecisionEvent("unitEstablished", DECISION.id() + ".1", "event-1", 41, RECORDED),
                new DecisionEvent("unitEstablished", DECISION.id() + ".2", "event-2", 42, RECORDED),
                new DecisionEvent("unitEstablished", DECISION.id() + ".3", "event-3", 43, RECORDED),
                new DecisionEvent("justering", null, "event-j", 50, RECORDED));
        Map<Long, ChainLink> links = Map.of(40L, link(39, 40), 41L, link(40, 41), 42L, link(41, 42),
                43L, link(42, 43));

        byte[] pdf = DecisionTrailPdf.of("Askersunds kommun", "2026-03-15 10:00", view,
                LedgerPlaces.of(view, events, links), HEAD);
        PdfAConformance.assertConformsToPdfA2b(pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Beslut: Ny organisation med kontor",
                    "Kommunstyrelsen 2025-11-18 § 147, KS 2025/203 (illustrativ)",
                    "Status: står fast efter överklagande.", "Protokollet justerat 2025-11-21.",
                    "Anslaget 2025-11-24; överklagandetiden går ut 2025-12-15.",
                    "Dom 2026-03-02 av Förvaltningsrätten i Karlstad: beslutet står fast.",
                    "Malin Rosén tillträder som kontorschef",
                    "Nytt datum 2026-02-01: Tillträdet sköts upp en månad (Kommunstyrelsen 2026-01-20 § 8",
                    "Gata/park flyttas till Samhällsbyggnadskontoret (annullerad)",
                    "Position 39   Beslut: Beslutet registreras",
                    "Position 41   Ändring: Malin Rosén tillträder som kontorschef (från 2026-01-01)",
                    "(ingen länk)   Steg: Protokollet justeras");
            assertThat(text.replace("\n", " ").replace("\r", "")).contains("position 196", "ab".repeat(32),
                    "cd".repeat(32));
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part", "pdfaid:conformance");
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void aDecisionOfFiveHundredChangesRunsOnToNewPages() throws IOException {
        List<DecidedChange> changes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            changes.add(change(i, "Enhet " + i + " flyttas till Samhällsbyggnadskontoret", false, List.of()));
        }
        DecisionView view = new DecisionView(DECISION, RECORDED, "registrator", changes, List.of(), lifecycle(),
                List.of());

        try (PDDocument document = Loader.loadPDF(DecisionTrailPdf.of("Askersunds kommun", "nu", view, List.of(),
                HEAD))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            assertThat(new PDFTextStripper().getText(document)).contains("Enhet 499 flyttas",
                    "Ändringar som beslutet orsakade (500)");
        }
    }

    private static ChainLink link(long position, long globalIndex) {
        return new ChainLink(position, globalIndex, "00".repeat(32), "11".repeat(32));
    }
}
