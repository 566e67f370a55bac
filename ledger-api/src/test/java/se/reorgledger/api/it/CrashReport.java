package se.reorgledger.api.it;

import java.util.Map;

/** What a crash run found; printed, and written beside the build's other reports for docs/reliability.md. */
record CrashReport(String store, long seed, int writers, int kills, int killsAfterAcknowledgement,
                   int killsAtRandom, int acknowledged, int lost, int duplicated, int inFlightAtKill,
                   Map<Integer, Integer> notAcknowledgedByStatus, boolean rebuildMatches, boolean verifies,
                   long meanRestartMillis, int journalRestorations, long eventsRestoredByJournal) {

    String line() {
        return ("crash suite, %s: %d kills (%d within ms after an acknowledgement, %d at random), %d writers; "
                + "%d packages acknowledged, %d lost, %d duplicated; %d in flight at a kill; not acknowledged by "
                + "status %s; read models equal a fresh rebuild: %s; ledger verifies: %s; mean restart to ready "
                + "%d ms; starts on a database that came back older, put right by the journal: %d (%d events "
                + "restored); seed %d").formatted(store, kills, killsAfterAcknowledgement, killsAtRandom, writers,
                acknowledged, lost, duplicated, inFlightAtKill, notAcknowledgedByStatus, rebuildMatches, verifies,
                meanRestartMillis, journalRestorations, eventsRestoredByJournal, seed);
    }
}
