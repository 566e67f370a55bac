package se.reorgledger.api.scenario;

/**
 * A scenario file that cannot be imported: which file, which line (of the decision, change or field at
 * fault), which rule it breaks (a {@link ScenarioRule} or {@code HardRule} slug) and the problem in plain
 * words. When this is thrown by the importer's rehearsal, nothing has been recorded.
 */
public class ScenarioImportException extends RuntimeException {

    private final String file;
    private final int line;
    private final String rule;
    private final String problem;

    public ScenarioImportException(String file, int line, String rule, String problem) {
        super(file + ", line " + line + ": " + problem + " [" + rule + "]");
        this.file = file;
        this.line = line;
        this.rule = rule;
        this.problem = problem;
    }

    public ScenarioImportException(String file, int line, ScenarioRule rule, String problem) {
        this(file, line, rule.slug(), problem);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String rule() {
        return rule;
    }

    public String problem() {
        return problem;
    }
}
