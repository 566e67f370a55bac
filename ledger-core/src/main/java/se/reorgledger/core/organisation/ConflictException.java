package se.reorgledger.core.organisation;

import java.util.List;
import se.reorgledger.core.rules.HardRule;

/** A request conflicts with what is already recorded: an identifier taken, a decision recorded differently. */
public class ConflictException extends RuntimeException {

    private final HardRule rule;
    private final transient List<String> subjects;

    public ConflictException(HardRule rule, List<String> subjects, String message) {
        super(message);
        this.rule = rule;
        this.subjects = List.copyOf(subjects);
    }

    public HardRule rule() {
        return rule;
    }

    public List<String> subjects() {
        return subjects;
    }
}
