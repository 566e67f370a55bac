package se.reorgledger.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.organisation.RecordChangePackageCommand;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.UnitKind;

class InMemoryLedgerTest {

    @Test
    void everyEventOfOnePackageSharesItsRecordedTimeAndPrincipal() {
        try (InMemoryLedger ledger = new InMemoryLedger()) {
            LocalDate date = LocalDate.of(2026, 1, 1);
            ledger.send(new RegisterOrganisationCommand("a", "A kommun"));
            ledger.send(new RecordDecisionCommand("a",
                    new Decision("ks-1", "Kommunstyrelsen", date, "§ 1", "KS 2025/1", "Ny organisation", false)));
            ledger.send(new RecordChangePackageCommand("a", "ks-1", List.of(
                    new EstablishUnit("x", "X", UnitKind.forvaltning, "a", false, date),
                    new EstablishUnit("y", "Y", UnitKind.avdelning, "x", false, date)), false), "sekreteraren");

            List<InMemoryLedger.RecordedMessage> events = ledger.events();
            assertThat(events).hasSize(5);
            assertThat(events.subList(2, 5)).extracting(InMemoryLedger.RecordedMessage::recordedAt)
                    .containsOnly(InMemoryLedger.EPOCH.plusSeconds(120));
            assertThat(events.subList(2, 5)).extracting(InMemoryLedger.RecordedMessage::principal)
                    .containsOnly("sekreteraren");
            assertThat(events).extracting(InMemoryLedger.RecordedMessage::position).isSorted();
        }
    }
}
