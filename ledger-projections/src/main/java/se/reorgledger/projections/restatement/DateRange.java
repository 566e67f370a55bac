package se.reorgledger.projections.restatement;

import java.time.LocalDate;

/** The dates from {@code from} to {@code to}, both included; a null end is open (since always, or on). */
public record DateRange(LocalDate from, LocalDate to) {
}
