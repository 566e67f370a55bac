package se.reorgledger.core.rules;

import java.time.LocalDate;
import java.util.List;

/** A place where the organisation of a date departs from one of the PM's guidelines. */
public record GuidelineFinding(Guideline guideline, LocalDate date, List<String> subjects, String message) {

    public GuidelineFinding {
        subjects = List.copyOf(subjects);
    }
}
