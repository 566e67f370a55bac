package se.reorgledger.api.web;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.TransformerException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A plain flowing text document as PDF/A-2b, for archiving: A4, one embedded font (the Liberation Sans that
 * PDFBox ships, which holds å, ä and ö), sRGB output intent and the XMP identification PDF/A asks for. Lines are
 * wrapped at word boundaries and pages added as the text runs on.
 */
final class PdfWriter implements AutoCloseable {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private static final byte[] FONT_FILE = fontFile();

    private final PDDocument document = new PDDocument();
    private final TrueTypeFont fontFile;
    private final PDType0Font font;
    private final String title;
    private PDPageContentStream page;
    private float y;

    PdfWriter(String title) {
        this.title = title;
        try {
            this.fontFile = new TTFParser().parse(new RandomAccessReadBuffer(FONT_FILE));
            // The text is Swedish in Latin letters, which needs no shaping. With the font's GSUB table on, PDFBox
            // applies its ligature rules to every line shown, compiling regular expressions each time: most of a
            // long trail's time. Off, each character is its own glyph, and the text reads back as written.
            fontFile.setEnableGsub(false);
            this.font = PDType0Font.load(document, fontFile, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontFile() {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The font the text is written in, embedded as a subset when the document is saved. */
    PDType0Font font() {
        return font;
    }

    PdfWriter heading(String text, float size) {
        space(size * 0.6f);
        return paragraph(text, size, 0);
    }

    PdfWriter paragraph(String text, float size, float indent) {
        for (String line : wrap(text, size, PAGE.getWidth() - 2 * MARGIN - indent)) {
            line(line, size, indent);
        }
        return this;
    }

    PdfWriter space(float points) {
        y -= points;
        return this;
    }

    private void line(String text, float size, float indent) {
        float leading = size * 1.35f;
        try {
            if (page == null || y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN + indent, y);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PAGE.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        String clean = text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        // Each word measured once, the line's width summed: measuring the growing line again for every word made a
        // long trail's PDF cost quadratic in its line length.
        float space = width(" ", size);
        StringBuilder current = new StringBuilder();
        float currentWidth = 0;
        for (String word : clean.split(" ")) {
            float wordWidth = width(word, size);
            if (current.isEmpty()) {
                current.append(word);
                currentWidth = wordWidth;
            } else if (currentWidth + space + wordWidth > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
                currentWidth = wordWidth;
            } else {
                current.append(' ').append(word);
                currentWidth += space + wordWidth;
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            // A glyph the font does not hold: judged as wide as the widest letters, so the line still wraps.
            return text.length() * size;
        }
    }

    byte[] toBytes() {
        try {
            if (page == null) {
                newPage();
            }
            page.close();
            archival();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What makes the file PDF/A-2b: XMP metadata naming the part and conformance, and an sRGB output intent. */
    private void archival() throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            DublinCoreSchema dublinCore = xmp.createAndAddDublinCoreSchema();
            dublinCore.setTitle(title);
            PDFAIdentificationSchema identification = xmp.createAndAddPDFAIdentificationSchema();
            identification.setPart(2);
            identification.setConformance("B");
            ByteArrayOutputStream serialized = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, serialized, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(serialized.toByteArray());
            catalog.setMetadata(metadata);
        } catch (BadFieldValueException | TransformerException e) {
            throw new IllegalStateException("the PDF/A metadata could not be written", e);
        }
        document.getDocumentInformation().setTitle(title);
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    @Override
    public void close() {
        try (TrueTypeFont subsetFrom = fontFile) {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
