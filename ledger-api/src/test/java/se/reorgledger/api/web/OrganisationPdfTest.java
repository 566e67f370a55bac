package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.structure.ChefRoleNode;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.structure.UnitNode;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.integrity.chain.LedgerDigest;
import se.reorgledger.projections.structure.IllustrativeFacts;

class OrganisationPdfTest {

    private static final LedgerDigest HEAD = new LedgerDigest(196, 195, "ab".repeat(32),
            Instant.parse("2026-01-15T09:00:00Z"), 196, "cd".repeat(32));

    private static final UnitNode KOMMUN = new UnitNode("askersund", "Askersunds kommun", UnitKind.kommun, false,
            List.of(), List.of(new UnitNode("kommunforvaltningen", "Kommunförvaltningen", UnitKind.forvaltning, false,
                    List.of(new ChefRoleNode("kommundirektor", "Kommundirektör", null)),
                    List.of(new UnitNode("samhallsbyggnadskontoret", "Samhällsbyggnadskontoret", UnitKind.kontor,
                            true, List.of(new ChefRoleNode("kontorschef-sbk", "Kontorschef",
                            new PersonRef("malin-rosen", "Malin Rosén"))), List.of())))));

    @Test
    void theTreeReadsBackWithKindsChefsAuthorityAndIllustrativeMarksAndNamesTheLedgerHead() throws IOException {
        byte[] pdf = OrganisationPdf.of("Askersunds kommun", LocalDate.of(2026, 1, 1), "2026-01-15 10:00", KOMMUN,
                new IllustrativeFacts(Set.of(), Set.of("kontorschef-sbk")), HEAD);
        PdfAConformance.assertConformsToPdfA2b(pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Askersunds kommun den 2026-01-01",
                    "Organisationen den 2026-01-01 enligt reskontran 2026-01-15 10:00: 3 enheter.",
                    "Kommunförvaltningen (förvaltning)", "Kommundirektör: ingen innehavare",
                    "Samhällsbyggnadskontoret (kontor), myndighetsutövning",
                    "Kontorschef: Malin Rosén (illustrativ)");
            assertThat(text.replace("\n", " ").replace("\r", "")).contains("position 196", "ab".repeat(32),
                    "cd".repeat(32));
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>");
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void anOrganisationOfThousandsOfUnitsRunsOnToNewPagesInTreeOrder() throws IOException {
        List<UnitNode> kontor = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            List<UnitNode> enheter = new ArrayList<>();
            for (int e = 0; e < 30; e++) {
                enheter.add(new UnitNode("e-" + k + "-" + e, "Enhet " + k + "." + e, UnitKind.enhet, false,
                        List.of(), List.of()));
            }
            kontor.add(new UnitNode("k-" + k, "Kontor " + k, UnitKind.kontor, false, List.of(), enheter));
        }
        UnitNode root = new UnitNode("m", "M kommun", UnitKind.kommun, false, List.of(), kontor);

        try (PDDocument document = Loader.loadPDF(OrganisationPdf.of("M kommun", LocalDate.of(2026, 1, 1), "nu",
                root, new IllustrativeFacts(Set.of(), Set.of()), HEAD))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(20);
            assertThat(text).contains("1241 enheter");
            assertThat(text.indexOf("Kontor 39 (kontor)")).isLessThan(text.indexOf("Enhet 39.29 (enhet)"));
        }
    }
}
