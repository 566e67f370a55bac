package se.reorgledger.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitMovedEvent;

/** The property's checker would notice broken histories: it is not vacuous. */
class HistoryInvariantsTest {

    private static final LocalDate D1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate D2 = LocalDate.of(2025, 1, 2);

    private static UnitEstablishedEvent unit(String id, String parent, LocalDate date, int n) {
        return new UnitEstablishedEvent("k", id, id, UnitKind.avdelning, parent, false, date, "d", "d." + n);
    }

    @Test
    void aCycleIsNoticed() {
        List<Object> history = List.of(unit("a", "k", D1, 1), unit("b", "a", D1, 2),
                new UnitMovedEvent("k", "a", "b", D2, "d", "d.3"));
        assertThat(HistoryInvariants.violations("k", history)).anyMatch(v -> v.contains("cycle"));
    }

    @Test
    void aChildLeftWithoutItsParentByAnAnnulmentIsNoticed() {
        List<Object> history = List.of(unit("a", "k", D1, 1), unit("b", "a", D2, 2),
                new ChangeAnnulledEvent("k", "d.1", "upphävt", "d", "d.3"));
        assertThat(HistoryInvariants.violations("k", history)).anyMatch(v -> v.contains("no living parent"));
    }

    @Test
    void aSecondHolderIsNoticed() {
        List<Object> history = List.of(unit("a", "k", D1, 1),
                new ChefRoleEstablishedEvent("k", "r", "a", "Chef", D1, "d", "d.2"),
                new ChefAppointedEvent("k", "r", "p0", D1, "d", "d.3"),
                new ChefAppointedEvent("k", "r", "p1", D2, "d", "d.4"));
        assertThat(HistoryInvariants.violations("k", history)).anyMatch(v -> v.contains("second holder"));
    }

    @Test
    void aValidHistoryHasNoViolations() {
        List<Object> history = List.of(unit("a", "k", D1, 1), unit("b", "a", D1, 2),
                new UnitMovedEvent("k", "b", "k", D2, "d", "d.3"));
        assertThat(HistoryInvariants.violations("k", history)).isEmpty();
    }
}
