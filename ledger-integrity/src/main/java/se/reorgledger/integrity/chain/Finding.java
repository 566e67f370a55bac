package se.reorgledger.integrity.chain;

/** One thing verification found wrong: its kind, the first position it concerns, and what it means in words. */
public record Finding(FindingKind kind, long position, String message) {
}
