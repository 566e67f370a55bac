package se.reorgledger.api.store.journal;

import java.nio.file.Path;

/** A journal line that was altered or damaged: nothing is restored from such a journal. */
public class JournalDamagedException extends IllegalStateException {

    public JournalDamagedException(Path journal, long line, String problem) {
        super("Line " + line + " of the journal" + (journal == null ? "" : " " + journal) + " is damaged: "
                + problem + ". The service does not start on it; see docs/reliability.md, \"The embedded journal\".");
    }
}
