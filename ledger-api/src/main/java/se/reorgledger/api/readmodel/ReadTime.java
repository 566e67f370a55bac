package se.reorgledger.api.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two times of every read: {@code asOf}, the date the organisation is looked at (default: today in
 * Sweden), and {@code knownAt}, the moment of the ledger's knowledge (default: now).
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
        return requested != null ? requested : LocalDate.now(clock.withZone(zone));
    }

    public Instant knownAt(Instant requested) {
        return requested != null ? requested : clock.instant();
    }

    /**
     * An answer about a moment already past can never change: every later append is recorded later. Such
     * answers carry a strong validator and may be cached for good.
     */
    public boolean isSettled(Instant requestedKnownAt) {
        return requestedKnownAt != null && requestedKnownAt.isBefore(clock.instant());
    }
}
