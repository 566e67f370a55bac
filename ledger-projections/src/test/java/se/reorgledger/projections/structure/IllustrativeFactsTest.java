package se.reorgledger.projections.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.chef.AppointChef;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.organisation.RecordChangePackageCommand;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.core.person.RegisterPersonCommand;
import se.reorgledger.testkit.InMemoryLedger;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.Recorded;

class IllustrativeFactsTest {

    private static final String KOMMUN = "exempelby";
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

    private final InMemoryLedger ledger = new InMemoryLedger();

    @Test
    void aFactRestsOnAnIllustrativeDecisionOnlyFromTheDayItsChangeTakesEffect() {
        ledger.send(new RegisterOrganisationCommand(KOMMUN, "Exempelby kommun"));
        ledger.send(new RegisterPersonCommand(KOMMUN, "anna", "Anna Andersson"));
        decision("kf-stated", false,
                new EstablishUnit("klk", "Kommunledningskontoret", UnitKind.kontor, KOMMUN, false, START),
                new EstablishUnit("bygg", "Byggkontoret", UnitKind.kontor, KOMMUN, false, START),
                new EstablishChefRole("klk-chef", "klk", "Kontorschef", START));
        decision("ks-filled-in", true,
                new RenameUnit("bygg", "Samhällsbyggnadskontoret", NEW_YEAR),
                new AppointChef("klk-chef", "anna", NEW_YEAR));
        LedgerProjection projection = Projected.from(Recorded.events(ledger));
        Instant now = ledger.now();

        IllustrativeFacts before = projection.illustrativeFacts(KOMMUN, NEW_YEAR.minusDays(1), now);
        IllustrativeFacts after = projection.illustrativeFacts(KOMMUN, NEW_YEAR, now);

        assertThat(before.units()).isEmpty();
        assertThat(before.chefRoles()).isEmpty();
        assertThat(after.units()).containsExactly("bygg");
        assertThat(after.chefRoles()).containsExactly("klk-chef");
    }

    private void decision(String id, boolean illustrative, Change... changes) {
        ledger.send(new RecordDecisionCommand(KOMMUN, new Decision(id, "Kommunfullmäktige", START.minusDays(30),
                "§ 1", "KS 2024/1", "Beslut " + id, illustrative)), "registratorn");
        ledger.send(new RecordChangePackageCommand(KOMMUN, id, List.of(changes), false), "registratorn");
    }
}
