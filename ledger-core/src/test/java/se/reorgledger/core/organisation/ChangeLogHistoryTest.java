package se.reorgledger.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKind;

/**
 * History the rules of today refuse but that a ledger may already hold must still load, with the annulled change
 * kept out of the order a package is checked in.
 */
class ChangeLogHistoryTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

    @Test
    void aChangeAnnulledTwiceAndThenRedatedStaysOutOfTheOrderAPackageIsCheckedIn() {
        ChangeLog log = new ChangeLog();
        log.record(unit("kansli", JANUARY, "ks-1.1"));
        log.record(unit("ekonomi", JANUARY.plusMonths(1), "ks-1.2"));
        log.inEffectiveOrder();

        log.record(new ChangeAnnulledEvent("askersund", "ks-1.1", "fel", "ks-2", "ks-2.1"));
        log.record(new ChangeAnnulledEvent("askersund", "ks-1.1", "fel igen", "ks-3", "ks-3.1"));
        log.record(new EffectiveDateCorrectedEvent("askersund", "ks-1.1", JANUARY.plusMonths(2), "nytt datum",
                "ks-4", "ks-4.1"));

        assertThat(log.timeline()).extracting(timed -> timed.event().changeId()).containsExactly("ks-1.2");
        assertThat(log.inEffectiveOrder()).isEqualTo(sorted(log.timeline()));
    }

    private static UnitEstablishedEvent unit(String id, LocalDate on, String changeId) {
        return new UnitEstablishedEvent("askersund", id, id, UnitKind.avdelning, "askersund", false, on, "ks-1",
                changeId);
    }

    private static List<TimedChange> sorted(List<TimedChange> timeline) {
        List<TimedChange> sorted = new ArrayList<>(timeline);
        sorted.sort(ChangePhase.EFFECTIVE_ORDER);
        return sorted;
    }
}
