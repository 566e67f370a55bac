package se.reorgledger.api.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A moment as people in Sweden read it: local date and time, to the minute. */
final class SwedishTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private SwedishTime() {
    }

    static String of(Instant moment) {
        return moment == null ? "" : MINUTES.format(moment);
    }
}
