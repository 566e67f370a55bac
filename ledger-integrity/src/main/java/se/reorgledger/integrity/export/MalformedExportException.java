package se.reorgledger.integrity.export;

/** A line that is not a line of a ledger export: said with its line number, for the auditor. */
public class MalformedExportException extends RuntimeException {

    private final long line;
    private final String problem;

    public MalformedExportException(long line, String problem) {
        super("line " + line + " is not a line of a ledger export: " + problem);
        this.line = line;
        this.problem = problem;
    }

    /** The same problem, for a chunk parsed apart whose first line is {@code firstLine} of the whole export. */
    public MalformedExportException inExportFrom(long firstLine) {
        return new MalformedExportException(line + firstLine - 1, problem);
    }
}
