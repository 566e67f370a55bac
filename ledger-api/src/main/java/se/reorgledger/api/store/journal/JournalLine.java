package se.reorgledger.api.store.journal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A line of the journal: an event, or the head that closes an append. Format 1. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record JournalLine(int v, JournalEvent event, JournalHead head) {

    static final int FORMAT = 1;

    static JournalLine of(JournalEvent event) {
        return new JournalLine(FORMAT, event, null);
    }

    static JournalLine of(JournalHead head) {
        return new JournalLine(FORMAT, null, head);
    }
}
