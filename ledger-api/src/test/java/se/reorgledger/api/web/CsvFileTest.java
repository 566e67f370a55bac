package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void aSpreadsheetReadsSwedishTextFromUtf8WithAByteOrderMarkAndSemicolons() {
        byte[] bytes = new CsvFile("Enhet", "Typ").row("Socialförvaltningen", "förvaltning")
                .download("x.csv").getBody();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFEnhet;Typ\r\nSocialförvaltningen;förvaltning\r\n");
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvFile.quoted("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvFile.quoted("\"KS\" 2025")).isEqualTo("\"\"\"KS\"\" 2025\"");
        assertThat(CsvFile.quoted("rad 1\nrad 2")).isEqualTo("\"rad 1\nrad 2\"");
        assertThat(CsvFile.quoted(null)).isEmpty();
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvFile.quoted("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(CsvFile.quoted("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvFile.quoted("-12")).isEqualTo("-12");
    }
}
