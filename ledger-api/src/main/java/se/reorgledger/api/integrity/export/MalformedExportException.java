package se.reorgledger.api.integrity.export;

/** A line that is not a line of a ledger export: said with its line number, for the auditor. */
public class MalformedExportException extends RuntimeException {

    public MalformedExportException(long line, String problem) {
        super("line " + line + " is not a line of a ledger export: " + problem);
    }
}
