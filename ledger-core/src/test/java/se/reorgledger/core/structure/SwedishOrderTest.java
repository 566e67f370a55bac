package se.reorgledger.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitState;

/** The fast sort by collation keys against the comparator it replaces on the write path, which stays the reference. */
class SwedishOrderTest {

    /** Letters a Swedish reader orders with care, combining marks, case, spaces, digits and punctuation. */
    private static final char[] HOSTILE = ("aAåÅäÄöÖoOeEéÉüÜzZ vVwW0123456789-–.,()'\u0308\u030a\u0301\u00a0"
            + "ßæÆøØ").toCharArray();

    @Property(tries = 300)
    void sortingByCollationKeysGivesTheComparatorsOrder(@ForAll("units") List<UnitState> units) {
        List<UnitState> reference = new ArrayList<>(units);
        reference.sort(SwedishOrder.UNITS);

        assertThat(SwedishOrder.sorted(units)).containsExactlyElementsOf(reference);
    }

    @Test
    void swedishLettersComeLastAndEqualNamesAreOrderedById() {
        List<UnitState> units = List.of(unit("c", "Örebrokontoret"), unit("b", "Avdelning"), unit("a", "Avdelning"),
                unit("d", "Ängen"), unit("e", "Åsen"), unit("f", "zeta"), unit("g", "Äng"));

        assertThat(SwedishOrder.sorted(units)).extracting(UnitState::id)
                .containsExactly("a", "b", "f", "e", "g", "d", "c");
    }

    @Provide
    Arbitrary<List<UnitState>> units() {
        Arbitrary<String> names = Arbitraries.strings().withChars(HOSTILE).ofMinLength(0).ofMaxLength(12);
        // Few distinct names among many units, so that equal names (ordered by id) are common.
        Arbitrary<String> repeated = Arbitraries.of("Avdelning", "avdelning", "Ävdelning", "A\u0308vdelning",
                "Åsen", "Ängen", "Öst", "Ost", "öst");
        return Arbitraries.oneOf(names, repeated).list().ofMaxSize(60).map(list -> {
            List<UnitState> units = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                units.add(unit("u" + (list.size() - i), list.get(i)));
            }
            return units;
        });
    }

    private static UnitState unit(String id, String name) {
        return new UnitState(id, name, UnitKind.avdelning, "kommun", false, null, null, List.of());
    }
}
