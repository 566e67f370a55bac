package se.reorgledger.integrity.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A ledger held as its two tables, events and chain links, built with valid hashes and then tampered with as a
 * database superuser could: by editing, deleting and inserting rows. {@link #rows()} reads it back as the service
 * does, by global index with each event joined to its link. The verifier's self-test checks itself on such
 * ledgers (known answers: each tampering must be found where it was made), as do the tests of this module.
 */
public final class SyntheticLedger {

    public final List<StoredEvent> events = new ArrayList<>();
    public final List<ChainLink> links = new ArrayList<>();
    public LedgerDigest head;

    /**
     * {@code count} events in appends of up to three, on two organisations; global indexes have a gap after the
     * fifth event, as a rolled-back append leaves.
     */
    public static SyntheticLedger of(int count) {
        SyntheticLedger ledger = new SyntheticLedger();
        String chainHash = EntryHashing.GENESIS;
        long[] sequence = new long[2];
        for (int position = 1; position <= count; position++) {
            long globalIndex = position + (position > 5 ? 3 : 0);
            int organisation = position % 2;
            StoredEvent event = event(globalIndex, organisation == 0 ? "askersund" : "laxa",
                    sequence[organisation]++, position, "2026-01-0" + (1 + (position - 1) / 3 % 9) + "T10:00:00Z");
            String entryHash = EntryHashing.entryHash(position, event);
            chainHash = EntryHashing.chainHash(chainHash, entryHash);
            ledger.events.add(event);
            ledger.links.add(new ChainLink(position, globalIndex, entryHash, chainHash));
        }
        ledger.head = digest(ledger.links.isEmpty() ? null : ledger.links.get(ledger.links.size() - 1));
        return ledger;
    }

    public static StoredEvent event(long globalIndex, String organisation, long sequenceNumber, int n,
                                    String recordedAt) {
        String type = n % 3 == 0 ? "UnitRenamedEvent" : "UnitEstablishedEvent";
        String payload = "{\"organisationId\":\"" + organisation + "\",\"unitId\":\"unit-" + n + "\",\"name\":\"Enhet "
                + n + "\",\"effectiveDate\":\"2026-02-" + (10 + n % 18) + "\",\"decisionId\":\"ks-" + (n / 3) + "\"}";
        String metaData = "{\"principal\":\"handlaggare-" + (n % 4) + "\",\"traceId\":\"trace-" + n + "\"}";
        return new StoredEvent(globalIndex, "event-" + n, organisation, sequenceNumber,
                "se.reorgledger.core.organisation." + type, "1", recordedAt,
                payload.getBytes(StandardCharsets.UTF_8), metaData.getBytes(StandardCharsets.UTF_8));
    }

    private static LedgerDigest digest(ChainLink last) {
        return last == null ? new LedgerDigest(0, 0, EntryHashing.GENESIS, null, 0, null)
                : new LedgerDigest(last.position(), last.globalIndex(), last.chainHash(), Instant.EPOCH,
                last.position(), null);
    }

    /** The rows in the order of global index, each event joined to the link that names its global index. */
    public List<LedgerRow> rows() {
        Map<Long, StoredEvent> byIndex = new TreeMap<>();
        events.forEach(event -> byIndex.put(event.globalIndex(), event));
        Map<Long, ChainLink> linkByIndex = new TreeMap<>();
        links.forEach(link -> linkByIndex.put(link.globalIndex(), link));
        TreeMap<Long, LedgerRow> rows = new TreeMap<>();
        byIndex.forEach((index, event) -> rows.put(index, LedgerRow.of(LedgerEntry.of(event), linkByIndex.get(index))));
        linkByIndex.forEach((index, link) -> rows.putIfAbsent(index, LedgerRow.of(null, link)));
        return List.copyOf(rows.values());
    }

    Verification verify() {
        return verify(null);
    }

    Verification verify(TrustedDigest trusted) {
        ChainVerifier verifier = new ChainVerifier(VerificationScope.wholeLedger(head), trusted);
        rows().forEach(verifier::accept);
        return verifier.finish();
    }

    public StoredEvent eventAt(long position) {
        return events.get(indexOfEvent(linkAt(position).globalIndex()));
    }

    public ChainLink linkAt(long position) {
        return links.stream().filter(link -> link.position() == position).findFirst().orElseThrow();
    }

    public void editEvent(long position, UnaryOperator<StoredEvent> edit) {
        int index = indexOfEvent(linkAt(position).globalIndex());
        events.set(index, edit.apply(events.get(index)));
    }

    void editLink(long position, UnaryOperator<ChainLink> edit) {
        links.replaceAll(link -> link.position() == position ? edit.apply(link) : link);
    }

    public void deleteEvent(long position) {
        events.remove(indexOfEvent(linkAt(position).globalIndex()));
    }

    public void deleteLink(long position) {
        links.removeIf(link -> link.position() == position);
    }

    /** Exchanges the global indexes of the events at two positions, in the event table only. */
    void exchangeEventIndexes(long p, long q) {
        long a = linkAt(p).globalIndex();
        long b = linkAt(q).globalIndex();
        events.replaceAll(event -> event.globalIndex() == a ? withGlobalIndex(event, b)
                : event.globalIndex() == b ? withGlobalIndex(event, a) : event);
    }

    /** Exchanges the global indexes of two links, in the chain table only. */
    void exchangeLinkIndexes(long p, long q) {
        long a = linkAt(p).globalIndex();
        long b = linkAt(q).globalIndex();
        links.replaceAll(link -> link.position() == p ? withGlobalIndex(link, b)
                : link.position() == q ? withGlobalIndex(link, a) : link);
    }

    /** Re-appends the whole ledger from the current events with fresh hashes, as a superuser covering tracks. */
    public void rechainEverything() {
        links.clear();
        String chainHash = EntryHashing.GENESIS;
        long position = 0;
        for (StoredEvent event : events.stream().sorted(Comparator.comparingLong(StoredEvent::globalIndex)).toList()) {
            position++;
            String entryHash = EntryHashing.entryHash(position, event);
            chainHash = EntryHashing.chainHash(chainHash, entryHash);
            links.add(new ChainLink(position, event.globalIndex(), entryHash, chainHash));
        }
        head = digest(links.get(links.size() - 1));
    }

    static StoredEvent withGlobalIndex(StoredEvent e, long globalIndex) {
        return new StoredEvent(globalIndex, e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(), e.metaData());
    }

    static ChainLink withGlobalIndex(ChainLink link, long globalIndex) {
        return new ChainLink(link.position(), globalIndex, link.entryHash(), link.chainHash());
    }

    public static StoredEvent withPayload(StoredEvent e, byte[] payload) {
        return new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(), e.sequenceNumber(),
                e.payloadType(), e.payloadRevision(), e.recordedAt(), payload, e.metaData());
    }

    private int indexOfEvent(long globalIndex) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).globalIndex() == globalIndex) {
                return i;
            }
        }
        throw new IllegalArgumentException("no event at global index " + globalIndex);
    }
}
