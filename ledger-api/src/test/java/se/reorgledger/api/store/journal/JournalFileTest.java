package se.reorgledger.api.store.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.StoredEvent;

/** The journal keeps whole appends, checked event by event, and never counts an append it did not finish. */
class JournalFileTest {

    @TempDir
    Path folder;

    @Test
    void wholeAppendsReadBackWithTheirHeadAndTheChainHashAtAnyPosition() {
        JournalFile journal = new JournalFile(folder.resolve("ledger.journal.ndjson"));
        List<JournalEvent> events = chain(5);
        journal.append(events.subList(0, 2), head(events.get(1)));
        journal.append(events.subList(2, 5), head(events.get(4)));

        JournalFile.Scan scan = journal.scan(3);

        assertThat(scan.position()).isEqualTo(5);
        assertThat(scan.chainHash()).isEqualTo(events.get(4).chainHash());
        assertThat(scan.chainHashAtAsked()).isEqualTo(events.get(2).chainHash());
        assertThat(scan.hasTornTail()).isFalse();
        List<JournalEvent> after = new ArrayList<>();
        journal.eventsAfter(1, scan, after::addAll);
        assertThat(after).extracting(JournalEvent::position).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void anAppendCutOffBeforeItsHeadAndAHalfWrittenLineAreNotCountedAndAreCutOff() throws IOException {
        Path path = folder.resolve("ledger.journal.ndjson");
        JournalFile journal = new JournalFile(path);
        List<JournalEvent> events = chain(4);
        journal.append(events.subList(0, 2), head(events.get(1)));
        long whole = Files.size(path);
        journal.appendEvents(events.subList(2, 3));
        Files.writeString(path, "{\"v\":1,\"event\":{\"posi", StandardOpenOption.APPEND);

        JournalFile.Scan scan = journal.scan(0);

        assertThat(scan.position()).isEqualTo(2);
        assertThat(scan.hasTornTail()).isTrue();
        journal.truncate(scan);
        assertThat(Files.size(path)).isEqualTo(whole);
        journal.append(events.subList(2, 4), head(events.get(3)));
        assertThat(journal.scan(0).position()).isEqualTo(4);
    }

    @Test
    void anAlteredEventIsNamedByItsLine() throws IOException {
        Path path = folder.resolve("ledger.journal.ndjson");
        JournalFile journal = new JournalFile(path);
        List<JournalEvent> events = chain(3);
        journal.append(events, head(events.get(2)));
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Files.writeString(path, text.replace("\"aggregateIdentifier\":\"org-2\"", "\"aggregateIdentifier\":\"org-9\""),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> journal.scan(0)).isInstanceOf(JournalDamagedException.class)
                .hasMessageContaining("Line 2 of the journal").hasMessageContaining("entry hash");
    }

    @Test
    void aHeadThatDoesNotCloseItsEventsIsDamage() {
        JournalFile journal = new JournalFile(folder.resolve("ledger.journal.ndjson"));
        List<JournalEvent> events = chain(2);
        journal.append(events, head(events.get(0)));

        assertThatThrownBy(() -> journal.scan(0)).isInstanceOf(JournalDamagedException.class)
                .hasMessageContaining("Line 3").hasMessageContaining("head names position 1");
    }

    @Test
    void noJournalYetIsAnEmptyOne() {
        JournalFile.Scan scan = new JournalFile(folder.resolve("none.ndjson")).scan(0);

        assertThat(scan.position()).isZero();
        assertThat(scan.chainHash()).isEqualTo(EntryHashing.GENESIS);
        assertThat(scan.chainHashAtAsked()).isEqualTo(EntryHashing.GENESIS);
    }

    private static List<JournalEvent> chain(int count) {
        List<JournalEvent> events = new ArrayList<>();
        String chainHash = EntryHashing.GENESIS;
        for (int position = 1; position <= count; position++) {
            byte[] payload = ("{\"n\":" + position + ",\"name\":\"Örebro\"}").getBytes(StandardCharsets.UTF_8);
            StoredEvent stored = new StoredEvent(10L + position, "event-" + position, "org-" + position, 0,
                    "se.reorgledger.Example", null, "2026-01-0" + position + "T10:00:00Z", payload,
                    position % 2 == 0 ? null : new byte[] {(byte) 0xFF, '{'});
            String entryHash = EntryHashing.entryHash(position, stored);
            chainHash = EntryHashing.chainHash(chainHash, entryHash);
            events.add(new JournalEvent(position, stored.globalIndex(), stored.eventIdentifier(),
                    stored.aggregateIdentifier(), 0, "Organisation", stored.recordedAt(), stored.payloadType(), null,
                    payload, stored.metaData(), entryHash, chainHash));
        }
        return events;
    }

    private static JournalHead head(JournalEvent last) {
        return new JournalHead(last.position(), last.globalIndex(), last.chainHash(), Instant.parse(last.timeStamp()));
    }
}
