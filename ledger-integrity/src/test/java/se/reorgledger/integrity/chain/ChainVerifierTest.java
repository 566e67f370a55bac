package se.reorgledger.integrity.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.reorgledger.integrity.chain.SyntheticLedger.withGlobalIndex;
import static se.reorgledger.integrity.chain.SyntheticLedger.withPayload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every kind of tampering a database superuser can do to the event and chain tables, at every position of a
 * ledger, is reported as exactly one finding of the right kind at the right position.
 */
class ChainVerifierTest {

    static final int EVENTS = 12;

    @Test
    void anUntouchedLedgerIsIntact() {
        Verification verification = SyntheticLedger.of(EVENTS).verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.checkedEvents()).isEqualTo(EVENTS);
        assertThat(verification.firstBrokenPosition()).isNull();
        assertThat(verification.findings()).isEmpty();
        assertThat(verification.message()).contains("All 12 events", "head's chain hash");
    }

    @Test
    void anEmptyLedgerIsIntact() {
        assertThat(SyntheticLedger.of(0).verify().intact()).isTrue();
    }

    @Test
    void oneByteOfAPayloadChangedAnywhereIsTheAlteredEventAtItsPosition() {
        for (long p = 1; p <= EVENTS; p++) {
            SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
            ledger.editEvent(p, event -> {
                byte[] payload = event.payload().clone();
                payload[payload.length / 2] ^= 1;
                return withPayload(event, payload);
            });
            assertOnly(ledger.verify(), FindingKind.ALTERED, p);
        }
    }

    @Test
    void anyOtherHashedFieldChangedIsTheAlteredEventAtItsPosition() {
        List<UnaryOperator<StoredEvent>> edits = List.of(
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier() + "x", e.aggregateIdentifier(),
                        e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(),
                        e.sequenceNumber() + 1, e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(),
                        e.sequenceNumber(), e.payloadType() + "2", e.payloadRevision(), e.recordedAt(), e.payload(),
                        e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(),
                        e.sequenceNumber(), e.payloadType(), "2", e.recordedAt(), e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(),
                        e.sequenceNumber(), e.payloadType(), e.payloadRevision(), "2025-12-31T10:00:00Z",
                        e.payload(), e.metaData()),
                e -> new StoredEvent(e.globalIndex(), e.eventIdentifier(), e.aggregateIdentifier(),
                        e.sequenceNumber(), e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        "{\"principal\":\"someone-else\"}".getBytes(StandardCharsets.UTF_8)));
        for (int edit = 0; edit < edits.size(); edit++) {
            for (long p : new long[] {1, 6, EVENTS}) {
                SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
                ledger.editEvent(p, edits.get(edit));
                assertOnly(ledger.verify(), FindingKind.ALTERED, p);
            }
        }
    }

    @Test
    void anEventDeletedWithItsLinkIsRemovedAtItsPosition() {
        for (long p = 1; p <= EVENTS; p++) {
            SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
            ledger.deleteEvent(p);
            ledger.deleteLink(p);
            assertOnly(ledger.verify(), FindingKind.REMOVED, p);
        }
    }

    @Test
    void twoNeighboursDeletedWithTheirLinksAreRemovedFromTheFirst() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        for (long p : new long[] {4, 5}) {
            ledger.deleteEvent(p);
            ledger.deleteLink(p);
        }
        Verification verification = ledger.verify();

        assertOnly(verification, FindingKind.REMOVED, 4);
        assertThat(verification.message()).contains("positions 4 to 5");
    }

    @Test
    void anEventDeletedWhileItsLinkRemainsIsRemovedAtItsPosition() {
        for (long p = 1; p <= EVENTS; p++) {
            SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
            ledger.deleteEvent(p);
            assertOnly(ledger.verify(), FindingKind.REMOVED, p);
        }
    }

    @Test
    void aDeletionHiddenByMovingLaterPositionsDownIsRemovedAtItsPosition() {
        for (long p = 1; p < EVENTS; p++) {
            SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
            ledger.deleteEvent(p);
            ledger.deleteLink(p);
            long deleted = p;
            ledger.links.replaceAll(link -> link.position() > deleted
                    ? new ChainLink(link.position() - 1, link.globalIndex(), link.entryHash(), link.chainHash())
                    : link);
            assertOnly(ledger.verify(), FindingKind.REMOVED, p);
        }
    }

    @Test
    void anEventWithoutALinkIsInsertedWhereItStands() {
        SyntheticLedger atTheStart = SyntheticLedger.of(EVENTS);
        atTheStart.events.add(SyntheticLedger.event(0, "askersund", 99, 99, "2026-01-01T10:00:00Z"));
        assertOnly(atTheStart.verify(), FindingKind.INSERTED, 1);

        SyntheticLedger inTheGap = SyntheticLedger.of(EVENTS);
        inTheGap.events.add(SyntheticLedger.event(7, "askersund", 99, 99, "2026-01-02T10:00:00Z"));
        assertOnly(inTheGap.verify(), FindingKind.INSERTED, 6);

        SyntheticLedger atTheEnd = SyntheticLedger.of(EVENTS);
        atTheEnd.events.add(SyntheticLedger.event(100, "askersund", 99, 99, "2026-01-09T10:00:00Z"));
        assertOnly(atTheEnd.verify(), FindingKind.INSERTED, EVENTS + 1);
    }

    @Test
    void anEventWithAWellForgedLinkPastTheHeadIsInserted() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        StoredEvent forged = SyntheticLedger.event(100, "askersund", 99, 99, "2026-01-09T10:00:00Z");
        String entryHash = EntryHashing.entryHash(EVENTS + 1, forged);
        ledger.events.add(forged);
        ledger.links.add(new ChainLink(EVENTS + 1, 100, entryHash,
                EntryHashing.chainHash(ledger.head.chainHash(), entryHash)));

        assertOnly(ledger.verify(), FindingKind.INSERTED, EVENTS + 1);
    }

    @Test
    void anEventWithABadlyForgedLinkIsInserted() {
        SyntheticLedger atTheEnd = SyntheticLedger.of(EVENTS);
        atTheEnd.events.add(SyntheticLedger.event(100, "askersund", 99, 99, "2026-01-09T10:00:00Z"));
        atTheEnd.links.add(new ChainLink(EVENTS + 1, 100, "ab".repeat(32), "cd".repeat(32)));
        assertOnly(atTheEnd.verify(), FindingKind.INSERTED, EVENTS + 1);

        SyntheticLedger inTheGap = SyntheticLedger.of(EVENTS);
        inTheGap.events.add(SyntheticLedger.event(7, "askersund", 99, 99, "2026-01-02T10:00:00Z"));
        inTheGap.links.add(new ChainLink(EVENTS + 1, 7, "ab".repeat(32), "cd".repeat(32)));
        assertOnly(inTheGap.verify(), FindingKind.INSERTED, 6);
    }

    @Test
    void anInsertionHiddenByMovingLaterPositionsUpIsInsertedAtItsPosition() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        StoredEvent forged = SyntheticLedger.event(7, "askersund", 99, 99, "2026-01-02T10:00:00Z");
        ledger.links.replaceAll(link -> link.position() >= 6
                ? new ChainLink(link.position() + 1, link.globalIndex(), link.entryHash(), link.chainHash()) : link);
        String entryHash = EntryHashing.entryHash(6, forged);
        ledger.events.add(forged);
        ledger.links.add(new ChainLink(6, 7, entryHash, EntryHashing.chainHash(ledger.linkAt(5).chainHash(),
                entryHash)));

        assertOnly(ledger.verify(), FindingKind.INSERTED, 6);
    }

    @Test
    void twoEventsThatExchangedPayloadsAreReorderedAtTheFirst() {
        for (long p = 1; p <= EVENTS; p++) {
            for (long q = p + 1; q <= EVENTS; q++) {
                SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
                byte[] first = ledger.eventAt(p).payload();
                byte[] second = ledger.eventAt(q).payload();
                ledger.editEvent(p, event -> withPayload(event, second));
                ledger.editEvent(q, event -> withPayload(event, first));
                Verification verification = ledger.verify();
                assertOnly(verification, FindingKind.REORDERED, p);
                assertThat(verification.message()).contains("positions " + p + " and " + q, "payload");
            }
        }
    }

    @Test
    void twoEventsThatExchangedGlobalIndexesAreReorderedAtTheFirst() {
        for (long p = 1; p <= EVENTS; p++) {
            for (long q = p + 1; q <= EVENTS; q++) {
                SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
                ledger.exchangeEventIndexes(p, q);
                Verification verification = ledger.verify();
                assertOnly(verification, FindingKind.REORDERED, p);
                assertThat(verification.message()).contains("positions " + p + " and " + q, "exchanged places");
            }
        }
    }

    @Test
    void twoEventsThatExchangedGlobalIndexesWithTheirLinksAreReorderedAtTheFirst() {
        for (long p = 1; p <= EVENTS; p++) {
            for (long q = p + 1; q <= EVENTS; q++) {
                SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
                ledger.exchangeEventIndexes(p, q);
                ledger.exchangeLinkIndexes(p, q);
                assertOnly(ledger.verify(), FindingKind.REORDERED, p);
            }
        }
    }

    @Test
    void twoLinksThatExchangedGlobalIndexesAreAChainMismatchAtTheFirst() {
        for (long p = 1; p <= EVENTS; p++) {
            for (long q = p + 1; q <= EVENTS; q++) {
                SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
                ledger.exchangeLinkIndexes(p, q);
                assertOnly(ledger.verify(), FindingKind.CHAIN_MISMATCH, p);
            }
        }
    }

    @Test
    void twoLinksThatExchangedPositionsAreAChainMismatchAtTheFirst() {
        for (long p = 1; p <= EVENTS; p++) {
            for (long q = p + 1; q <= EVENTS; q++) {
                SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
                long first = p;
                long second = q;
                ledger.links.replaceAll(link -> link.position() == first ? new ChainLink(second, link.globalIndex(),
                        link.entryHash(), link.chainHash()) : link.position() == second ? new ChainLink(first,
                        link.globalIndex(), link.entryHash(), link.chainHash()) : link);
                assertOnly(ledger.verify(), FindingKind.CHAIN_MISMATCH, p);
            }
        }
    }

    @Test
    void anEventMovedToAFreeGlobalIndexIsReorderedAtItsPosition() {
        for (long p = 1; p <= EVENTS; p++) {
            SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
            ledger.editEvent(p, event -> withGlobalIndex(event, 1000));
            assertOnly(ledger.verify(), FindingKind.REORDERED, p);
        }
    }

    @Test
    void aLinkPointedAtAnotherGlobalIndexIsAChainMismatchAtItsPosition() {
        for (long p = 1; p <= EVENTS; p++) {
            SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
            ledger.editLink(p, link -> withGlobalIndex(link, 1000));
            assertOnly(ledger.verify(), FindingKind.CHAIN_MISMATCH, p);
        }
    }

    @Test
    void aChangedEntryHashInTheChainIsAChainMismatchAtItsPosition() {
        for (long p = 1; p <= EVENTS; p++) {
            SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
            ledger.editLink(p, link -> new ChainLink(link.position(), link.globalIndex(), "ab".repeat(32),
                    link.chainHash()));
            assertOnly(ledger.verify(), FindingKind.CHAIN_MISMATCH, p);
        }
    }

    @Test
    void aChangedChainHashInTheChainIsAChainMismatchAtItsPosition() {
        for (long p = 1; p < EVENTS; p++) {
            SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
            ledger.editLink(p, link -> new ChainLink(link.position(), link.globalIndex(), link.entryHash(),
                    "ab".repeat(32)));
            assertOnly(ledger.verify(), FindingKind.CHAIN_MISMATCH, p);
        }
    }

    @Test
    void aChainRecordThatIsNoHashAtAllIsAChainMismatch() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        ledger.editLink(4, link -> new ChainLink(4, link.globalIndex(), link.entryHash(), "not a hash"));

        assertOnly(ledger.verify(), FindingKind.CHAIN_MISMATCH, 4);
    }

    @Test
    void aHeadThatIsNotTheLastLinkIsAHeadMismatch() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        ledger.head = new LedgerDigest(EVENTS, ledger.head.globalIndex(), "ab".repeat(32), null, EVENTS, null);

        assertOnly(ledger.verify(), FindingKind.HEAD_MISMATCH, EVENTS);
    }

    @Test
    void theLastEventsDeletedWithTheirLinksAreRemovedAgainstTheHead() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        for (long p : new long[] {EVENTS - 1, EVENTS}) {
            ledger.deleteEvent(p);
            ledger.deleteLink(p);
        }
        assertOnly(ledger.verify(), FindingKind.REMOVED, EVENTS - 1);
    }

    @Test
    void separateTamperingsAreEachReportedInTheLedgersOrder() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        ledger.editEvent(9, event -> withPayload(event, "{}".getBytes(StandardCharsets.UTF_8)));
        ledger.deleteEvent(3);
        ledger.deleteLink(3);
        Verification verification = ledger.verify();

        assertThat(verification.findings()).extracting(Finding::kind, Finding::position)
                .containsExactly(tuple(FindingKind.REMOVED, 3L), tuple(FindingKind.ALTERED, 9L));
        assertThat(verification.firstBrokenPosition()).isEqualTo(3);
    }

    @Test
    void aLedgerRewrittenWithFreshHashesPassesItsOwnHeadButNotADigestTakenBefore() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        TrustedDigest before = TrustedDigest.of(ledger.head);
        ledger.editEvent(4, event -> withPayload(event, "{}".getBytes(StandardCharsets.UTF_8)));
        ledger.rechainEverything();

        assertThat(ledger.verify().intact()).isTrue();
        assertOnly(ledger.verify(before), FindingKind.DIGEST_MISMATCH, EVENTS);
    }

    @Test
    void aDigestOfAnEarlierPrefixMatchesALedgerThatGrewSince() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        ChainLink earlier = ledger.linkAt(7);

        Verification atPosition = ledger.verify(new TrustedDigest(7L, earlier.chainHash(), null, null));
        Verification bare = ledger.verify(TrustedDigest.chainHash(earlier.chainHash()));

        assertThat(atPosition.intact()).isTrue();
        assertThat(atPosition.message()).contains("chain hash " + earlier.chainHash() + " at position 7");
        assertThat(bare.intact()).isTrue();
        assertThat(bare.message()).contains("at position 7");
        assertOnly(ledger.verify(TrustedDigest.chainHash("ab".repeat(32))), FindingKind.DIGEST_MISMATCH, EVENTS);
    }

    @Test
    void twoWholeRowsThatStandInEachOthersPlacesAreReorderedAtTheFirst() {
        for (int p = 0; p < EVENTS; p++) {
            for (int q = p + 1; q < EVENTS; q++) {
                List<LedgerRow> rows = new ArrayList<>(SyntheticLedger.of(EVENTS).rows());
                Collections.swap(rows, p, q);
                assertOnly(verify(SyntheticLedger.of(EVENTS).head, rows), FindingKind.REORDERED, p + 1);
            }
        }
    }

    @Test
    void aSecondCopyOfARowIsInsertedWhereItStands() {
        for (int p = 0; p < EVENTS; p++) {
            List<LedgerRow> rows = new ArrayList<>(SyntheticLedger.of(EVENTS).rows());
            rows.add(p + 1, rows.get(p));
            assertOnly(verify(SyntheticLedger.of(EVENTS).head, rows), FindingKind.INSERTED, p + 2);
        }
    }

    @Test
    void aRangeIsCheckedFromTheChainHashBeforeIt() {
        SyntheticLedger ledger = SyntheticLedger.of(EVENTS);
        List<LedgerRow> range = ledger.rows().subList(4, 9);
        VerificationScope scope = new VerificationScope(5, 9, ledger.linkAt(4).chainHash(), ledger.head);

        ChainVerifier intact = new ChainVerifier(scope);
        range.forEach(intact::accept);
        assertThat(intact.finish().intact()).isTrue();

        ChainVerifier cutShort = new ChainVerifier(scope);
        range.subList(0, 4).forEach(cutShort::accept);
        assertOnly(cutShort.finish(), FindingKind.REMOVED, 9);

        ChainVerifier wrongStart = new ChainVerifier(new VerificationScope(5, 9, "ab".repeat(32), ledger.head));
        range.forEach(wrongStart::accept);
        assertOnly(wrongStart.finish(), FindingKind.CHAIN_MISMATCH, 5);
    }

    static Verification verify(LedgerDigest head, List<LedgerRow> rows) {
        ChainVerifier verifier = new ChainVerifier(VerificationScope.wholeLedger(head));
        rows.forEach(verifier::accept);
        return verifier.finish();
    }

    static void assertOnly(Verification verification, FindingKind kind, long position) {
        assertThat(verification.findings()).as(verification.message()).hasSize(1);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.finding()).as(verification.message()).isEqualTo(kind.slug());
        assertThat(verification.firstBrokenPosition()).as(verification.message()).isEqualTo(position);
        assertThat(verification.message()).isNotBlank();
    }
}
