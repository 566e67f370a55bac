package se.reorgledger.integrity.export;

/** A line that is not a line of a ledger export: said with its line number, for the auditor. */
public class MalformedExportException extends RuntimeException {

    private final long line;
    private final String problem;

    public MalformedExportException(long line, String problem) {
        this("line " + line + " is not a line of a ledger export: " + problem, line, problem);
    }

    private MalformedExportException(String message, long line, String problem) {
        super(message);
        this.line = line;
        this.problem = problem;
    }

    /** The closing head line, read from the end of the file before its lines are counted, states no usable head. */
    public static MalformedExportException inTheHeadLine(String problem) {
        return new MalformedExportException("the last line is not the head line of a ledger export: " + problem, 0,
                problem);
    }

    /** The same problem, for a chunk parsed apart whose first line is {@code firstLine} of the whole export. */
    public MalformedExportException inExportFrom(long firstLine) {
        return new MalformedExportException(line + firstLine - 1, problem);
    }
}
