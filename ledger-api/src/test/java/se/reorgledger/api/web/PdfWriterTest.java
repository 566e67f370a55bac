package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    private static final String TEXT = "Officiella flöden på Ärendeavdelningen: fi, fl, ff, Å, Ä, Ö, å, ä, ö.";

    @Test
    void theFontIsWrittenWithoutLigatureShapingSoLongTrailsStayFast() {
        try (PdfWriter writer = new PdfWriter("Test")) {
            assertThat(writer.font().getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
        }
    }

    @Test
    void theTextReadsBackLetterForLetterInAnEmbeddedFont() throws IOException {
        byte[] pdf;
        try (PdfWriter writer = new PdfWriter("Test")) {
            pdf = writer.heading(TEXT, 14).paragraph(TEXT, 10, 0).toBytes();
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).split("\\R")).containsExactly(TEXT, TEXT);
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(resources.getFontNames()).hasSize(1);
        }
    }
}
