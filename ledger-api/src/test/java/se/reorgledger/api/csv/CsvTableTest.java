package se.reorgledger.api.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void aSpreadsheetKeepsSwedishLettersFromUtf8WithAByteOrderMarkAndAHeaderRow() {
        byte[] bytes = new CsvTable("id", "name").row("socialkontoret", "Socialkontoret, Åsa").bytes();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFid,name\r\nsocialkontoret,\"Socialkontoret, Åsa\"\r\n");
    }

    @Test
    void quotesLineBreaksAndEmptyCellsRoundTripThroughRfc4180() throws IOException {
        String text = new String(new CsvTable("a", "b", "c").row("\"KS\" 2025/1", "rad 1\r\nrad 2", null).bytes(),
                StandardCharsets.UTF_8);

        List<CSVRecord> records = CsvTable.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).singleElement().satisfies(record ->
                assertThat(record.toList()).containsExactly("\"KS\" 2025/1", "rad 1\r\nrad 2", ""));
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        String text = new String(new CsvTable("a", "b").row("=HYPERLINK(\"x\")", -12).bytes(),
                StandardCharsets.UTF_8);

        assertThat(text).contains("\"'=HYPERLINK(\"\"x\"\")\",-12");
    }

    @Test
    void aRowMustFitTheHeader() {
        assertThatThrownBy(() -> new CsvTable("a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
