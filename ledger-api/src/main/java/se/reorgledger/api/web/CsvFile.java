package se.reorgledger.api.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.reorgledger.api.csv.SpreadsheetCells;

/**
 * A download that opens in a spreadsheet with å, ä and ö intact: UTF-8 with a byte order mark, semicolons
 * between fields (the list separator of Swedish spreadsheets, where the comma is the decimal sign), CRLF lines
 * and RFC 4180 quoting.
 */
final class CsvFile {

    private static final String BOM = "\uFEFF";
    private final StringBuilder text = new StringBuilder(BOM);

    CsvFile(String... header) {
        row(List.of(header));
    }

    CsvFile row(Object... fields) {
        return row(java.util.Arrays.asList(fields));
    }

    CsvFile row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(quoted(fields.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    static String quoted(Object field) {
        // A cell a spreadsheet would run as a formula is prefixed (and so quoted below), as in every CSV served.
        String value = SpreadsheetCells.defused(field);
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || value.startsWith("'")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    ResponseEntity<byte[]> download(String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
