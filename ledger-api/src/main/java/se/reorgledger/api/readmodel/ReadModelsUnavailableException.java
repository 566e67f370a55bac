package se.reorgledger.api.readmodel;

import java.time.Duration;

/** The read models cannot answer now: they are catching up after a start, or stopped before an event. */
public class ReadModelsUnavailableException extends RuntimeException {

    private final String problemType;
    private final Duration retryAfter;

    ReadModelsUnavailableException(String problemType, String message, Duration retryAfter) {
        super(message);
        this.problemType = problemType;
        this.retryAfter = retryAfter;
    }

    public String problemType() {
        return problemType;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
