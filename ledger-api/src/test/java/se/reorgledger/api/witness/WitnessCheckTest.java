package se.reorgledger.api.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WitnessCheckTest {

    private static final String FOLDER = "/srv/ledger/data";
    private static final Instant SEEN = Instant.parse("2026-11-30T08:00:00Z");

    /** A ledger whose chain hash at each position is "h" + position, and whose Merkle root at size n is "r" + n. */
    private record Ledger(long position, Map<Long, String> otherHashes) implements WitnessCheck.Found {

        static Ledger of(long position) {
            return new Ledger(position, Map.of());
        }

        @Override
        public String chainHash() {
            return chainHashAt(position).orElse("0".repeat(64));
        }

        @Override
        public Optional<String> chainHashAt(long at) {
            if (at < 1 || at > position) {
                return Optional.empty();
            }
            return Optional.of(otherHashes.getOrDefault(at, "h" + at));
        }

        @Override
        public Optional<Boolean> extendsTree(long size, String root) {
            return Optional.of(size <= position && root.equals("r" + size) && !otherHashes.containsKey(size));
        }
    }

    private static Witness witnessAt(long position, String folder) {
        return new Witness(Witness.FORMAT, folder, "H2 " + folder, position, "h" + position, SEEN, position,
                "r" + position, SEEN, "stop");
    }

    private static WitnessReport check(WitnessCheck.Found found, Witness witness) {
        return WitnessCheck.check(found, FOLDER, "H2", Optional.ofNullable(witness), Optional.empty(),
                Optional.empty());
    }

    @Test
    void theWitnessedLedgerItselfIsAccepted() {
        assertThat(check(Ledger.of(196), witnessAt(196, FOLDER)).outcome()).isEqualTo("consistent");
    }

    @Test
    void aLedgerThatExtendsTheWitnessedOneIsAcceptedWithTheConsistencyProofNamed() {
        WitnessReport report = check(Ledger.of(250), witnessAt(196, FOLDER));

        assertThat(report.outcome()).isEqualTo("consistent");
        assertThat(report.proof()).contains("Merkle consistency proof from 196 to 250");
    }

    @Test
    void anEmptiedLedgerIsRefusedNamingBothHeads() {
        assertThatThrownBy(() -> check(Ledger.of(0), witnessAt(196, FOLDER)))
                .isInstanceOf(WitnessRefusal.class)
                .hasMessageContaining("is empty").hasMessageContaining("196 events, chain hash h196")
                .satisfies(e -> assertThat(((WitnessRefusal) e).action()).contains("LEDGER_ACCEPT_HEAD=0:"));
    }

    @Test
    void aLedgerRolledBackByEventsIsRefusedSayingHowManyAreMissing() {
        assertThatThrownBy(() -> check(Ledger.of(190), witnessAt(196, FOLDER)))
                .isInstanceOf(WitnessRefusal.class).hasMessageContaining("the last 6 are missing");
    }

    @Test
    void anotherLedgerOfTheSameLengthOrLongerIsRefused() {
        Ledger rewritten = new Ledger(300, Map.of(196L, "other"));

        assertThatThrownBy(() -> check(rewritten, witnessAt(196, FOLDER)))
                .isInstanceOf(WitnessRefusal.class).hasMessageContaining("chain hash at position 196 is other");
    }

    @Test
    void aLedgerWhoseHistoryBeforeTheWitnessedHeadDiffersIsRefusedByTheMerkleProof() {
        WitnessCheck.Found sameHeadOtherTree = new WitnessCheck.Found() {
            @Override
            public long position() {
                return 300;
            }

            @Override
            public String chainHash() {
                return "h300";
            }

            @Override
            public Optional<String> chainHashAt(long position) {
                return Optional.of("h" + position);
            }

            @Override
            public Optional<Boolean> extendsTree(long size, String root) {
                return Optional.of(false);
            }
        };

        assertThatThrownBy(() -> check(sameHeadOtherTree, witnessAt(196, FOLDER)))
                .isInstanceOf(WitnessRefusal.class).hasMessageContaining("Merkle root over the first 196 events");
    }

    @Test
    void anEmptyDefaultFolderIsRefusedWhenTheLastDefaultStartRanOnALedgerElsewhere() {
        Optional<Witness> lastLedger = Optional.of(witnessAt(196, "/home/kansli/ledger/data"));

        assertThatThrownBy(() -> WitnessCheck.check(Ledger.of(0), FOLDER, "H2", Optional.empty(), lastLedger,
                Optional.empty()))
                .isInstanceOf(WitnessRefusal.class)
                .hasMessageContaining("/home/kansli/ledger/data").hasMessageContaining("holds no ledger")
                .satisfies(e -> assertThat(((WitnessRefusal) e).action())
                        .contains("LEDGER_DATA_DIR=/home/kansli/ledger/data"));
    }

    @Test
    void theLastDefaultLedgerDoesNotStopALedgerThatAlreadyHoldsEvents() {
        Optional<Witness> lastLedger = Optional.of(witnessAt(196, "/home/kansli/ledger/data"));

        WitnessReport report = WitnessCheck.check(Ledger.of(12), FOLDER, "H2", Optional.empty(), lastLedger,
                Optional.empty());

        assertThat(report.outcome()).isEqualTo("none");
    }

    @Test
    void anOperatorAcceptsTheLedgerFoundOnlyByNamingItsHead() {
        Ledger shorter = Ledger.of(190);

        WitnessReport accepted = WitnessCheck.check(shorter, FOLDER, "H2", Optional.of(witnessAt(196, FOLDER)),
                Optional.empty(), Optional.of("190:h190"));

        assertThat(accepted.outcome()).isEqualTo("accepted");
        assertThatThrownBy(() -> WitnessCheck.check(shorter, FOLDER, "H2", Optional.of(witnessAt(196, FOLDER)),
                Optional.empty(), Optional.of("196:h196")))
                .isInstanceOf(WitnessRefusal.class).hasMessageContaining("ledger's head is 190:h190");
    }

    @Test
    void anEmptyLedgerIsAcceptedWithZero() {
        WitnessReport accepted = WitnessCheck.check(Ledger.of(0), FOLDER, "H2", Optional.of(witnessAt(196, FOLDER)),
                Optional.empty(), Optional.of("0"));

        assertThat(accepted.outcome()).isEqualTo("accepted");
    }

    @Test
    void eachStoreKeepsAWitnessOfItsOwnSoTheEmbeddedLedgerAndADatabaseNeverTakeEachOthers() {
        assertThat(LedgerWitness.witnessFileName("jdbc:h2:file:./data/ledger;MODE=PostgreSQL", "H2"))
                .isEqualTo("ledger-witness.json");
        assertThat(LedgerWitness.witnessFileName("jdbc:postgresql://db:5432/ledger",
                "jdbc:postgresql://db:5432/ledger")).isEqualTo("ledger-witness-postgresql-db-5432-ledger.json");
    }
}
