package se.reorgledger.api.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as RFC 4180 CSV for other systems and spreadsheets alike: UTF-8 with a byte order mark (so a
 * spreadsheet keeps å, ä and ö), a header row, commas, CRLF lines and quotes where a field needs them. Cells a
 * spreadsheet would run as formulas are defused ({@link SpreadsheetCells}).
 */
public final class CsvTable {

    public static final String BOM = "\uFEFF";
    /** The format the API writes and its tests read back. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(String... header) {
        this.header = List.of(header);
    }

    public CsvTable row(Object... fields) {
        if (fields.length != header.size()) {
            throw new IllegalArgumentException("a row of " + fields.length + " fields under a header of "
                    + header.size());
        }
        List<String> row = new ArrayList<>(fields.length);
        for (Object field : fields) {
            row.add(SpreadsheetCells.defused(field));
        }
        rows.add(row);
        return this;
    }

    public byte[] bytes() {
        StringWriter text = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(header);
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
