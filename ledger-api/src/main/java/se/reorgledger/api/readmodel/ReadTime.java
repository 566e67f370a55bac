package se.reorgledger.api.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.change.LedgerDates;

/**
 * The two times of every read: {@code asOf}, the date the organisation is looked at (default: today in
 * Sweden), and {@code knownAt}, the moment of the ledger's knowledge (default: now; never later). Both lie
 * within the ledger's dates ({@link LedgerDates}); a question outside them is refused, not answered with an
 * overflow.
 */
@Component
public class ReadTime {

    private final Clock clock;
    private final ZoneId zone;

    public ReadTime(@Value("${ledger.time-zone:Europe/Stockholm}") String zone) {
        this.clock = Clock.systemUTC();
        this.zone = ZoneId.of(zone);
    }

    public LocalDate asOf(LocalDate requested) {
        return requested != null ? date("asOf", requested) : LocalDate.now(clock.withZone(zone));
    }

    public Instant knownAt(Instant requested) {
        return requested == null ? clock.instant() : moment("knownAt", requested);
    }

    /** A moment of the ledger's knowledge the read is asked about, such as either end of a restatement. */
    public Instant moment(String parameter, Instant requested) {
        if (requested.isBefore(LedgerDates.EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !requested.isBefore(LedgerDates.LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw new InvalidChangeException(parameter, LedgerDates.RULE.replace("a date", "a moment")
                    + " (got '" + requested + "')");
        }
        Instant now = clock.instant();
        if (requested.isAfter(now)) {
            String latest = parameter.equals("knownAt") ? "; leave knownAt out, or give knownAt=latest, for what it "
                    + "knows now" : "";
            throw new InvalidChangeException(parameter, "is later than now (" + now + "): the ledger cannot know "
                    + "the future" + latest + " (got '" + requested + "')");
        }
        return requested;
    }

    /** A date the read is asked about, such as either end of a comparison. */
    public LocalDate date(String parameter, LocalDate requested) {
        if (!LedgerDates.holds(requested)) {
            throw new InvalidChangeException(parameter, LedgerDates.RULE + " (got '" + requested + "')");
        }
        return requested;
    }
}
