package se.reorgledger.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.reorgledger.api.readmodel.ReadTime;

class DateFieldTest {

    private final DateField dates = new DateField(new ReadTime("Europe/Stockholm"));

    @Test
    void aDateThatCannotBeReadFallsBackAndSaysWhyInSwedish() {
        LocalDate fallback = LocalDate.of(2026, 1, 1);

        assertThat(dates.date("asOf", "2025-13-45", fallback)).isEqualTo(fallback);
        assertThat(dates.errors().get("asOf")).contains("är inget datum", "ÅÅÅÅ-MM-DD");
        assertThat(dates.date("to", "1700-01-01", fallback)).isEqualTo(fallback);
        assertThat(dates.errors().get("to")).contains("1800-01-01");
    }

    @Test
    void knownAtIsReadAsTheApiWritesItAsAFormSendsItOrAsADateInSweden() {
        assertThat(dates.knownAt("2026-01-15T00:00:00Z")).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(dates.knownAt("2026-01-15T10:00")).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(dates.knownAt("2026-07-01")).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(dates.errors()).isEmpty();

        dates.knownAt("i går");
        assertThat(dates.errors().get("knownAt")).contains("ingen tidpunkt");
    }

    @Test
    void aKnownAtInTheFutureSaysSoRatherThanNamingTheRangeOfDates() {
        dates.knownAt("2999-01-01");
        assertThat(dates.errors().get("knownAt")).contains("i framtiden").doesNotContain("1800");

        DateField other = new DateField(new ReadTime("Europe/Stockholm"));
        other.knownAt("1700-01-01");
        assertThat(other.errors().get("knownAt")).contains("1800-01-01");
    }
}
