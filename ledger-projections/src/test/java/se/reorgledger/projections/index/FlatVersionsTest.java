package se.reorgledger.projections.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FlatVersionsTest {

    /** One of the random states stands for a unit dissolved: out of force, so that tables have days in force. */
    private static final String OUT_OF_FORCE = "s0";

    /**
     * Tables of one to hundreds of versions, copied side by side: every table answers through the copy on every
     * day at every epoch as it answers itself, including the long ones, which are searched by epoch from wherever
     * their run starts in the copy.
     */
    @Test
    void tablesCopiedSideBySideAnswerEveryQuestionAsEachTableDoes() {
        Random random = new Random(11);
        List<VersionTable<String>> tables = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            tables.add(randomTable(random, t % 4 == 3 ? 250 : 1 + random.nextInt(12)));
        }
        FlatVersions<String> copy = new FlatVersions<>(tables.size(),
                tables.stream().mapToInt(VersionTable::size).sum());
        tables.forEach(table -> table.appendTo(copy));
        FlatVersions<String> flat = copy.filled();

        assertThat(tables.stream().mapToInt(VersionTable::size).max().orElse(0)).isGreaterThan(100);
        assertThat(flat.size()).isEqualTo(tables.stream().mapToInt(VersionTable::size).sum());
        for (int t = 0; t < tables.size(); t++) {
            VersionTable<String> table = tables.get(t);
            for (int epoch = 0; epoch <= 260; epoch += 3) {
                for (int day = 0; day < 60; day++) {
                    int place = flat.at(t, day, epoch);
                    assertThat(place < 0 ? null : flat.state(place)).as("table %d, day %d, epoch %d", t, day, epoch)
                            .isEqualTo(table.at(day, epoch));
                    assertThat(flat.mayBeInForceOn(t, day)).isEqualTo(table.mayBeInForceOn(day));
                }
            }
        }
    }

    private static VersionTable<String> randomTable(Random random, int epochs) {
        VersionTable<String> table = new VersionTable<>(state -> !state.equals(OUT_OF_FORCE));
        for (int epoch = 1; epoch <= epochs; epoch++) {
            table.replaceFrom(epoch, VersionTableTest.randomSegments(random));
        }
        return table;
    }
}
