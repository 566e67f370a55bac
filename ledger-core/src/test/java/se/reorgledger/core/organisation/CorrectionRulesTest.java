package se.reorgledger.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.OPENING_DECISION;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberChange;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.UnitKind;

/**
 * Corrections are new events. A correction is checked like any change: on every date it affects, including
 * the later dates of changes recorded long before it.
 */
class CorrectionRulesTest {

    private static final String FEBRUARY = "ks-2026-02-16-20";
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    /** November: Kommunledningskontoret from 1 January, Serviceavdelningen moved under it on 1 March. */
    private static List<Object> novemberRecordedAndFebruaryDecided() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(new EstablishUnit("kommunledningskontoret", "Kommunledningskontoret", UnitKind.kontor, ORG, false,
                CUTOVER).toEvent(ORG, NOVEMBER, novemberChange(1)));
        history.add(new MoveUnit("serviceavdelningen", "kommunledningskontoret", MARCH)
                .toEvent(ORG, NOVEMBER, novemberChange(2)));
        history.add(new DecisionRecordedEvent(ORG, FEBRUARY, "Kommunstyrelsen", LocalDate.of(2026, 2, 16), "§ 20",
                "KS 2026/40", "Rättelse", true));
        return history;
    }

    private static RecordChangePackageCommand february(se.reorgledger.core.change.Change... changes) {
        return new RecordChangePackageCommand(ORG, FEBRUARY, List.of(changes), false);
    }

    @Test
    void anEffectiveDateIsCorrectedByANewEventThatNamesTheChange() {
        CorrectEffectiveDate correction = new CorrectEffectiveDate(novemberChange(2), CUTOVER,
                "Flytten skedde vid årsskiftet");
        fixture.given(novemberRecordedAndFebruaryDecided())
                .when(february(correction))
                .expectEvents(new EffectiveDateCorrectedEvent(ORG, novemberChange(2), CUTOVER,
                                "Flytten skedde vid årsskiftet", FEBRUARY, FEBRUARY + ".1"),
                        new ChangePackageRecordedEvent(ORG, FEBRUARY, List.of(FEBRUARY + ".1"),
                                RequestDigest.of(List.of(correction))));
    }

    @Test
    void aRetroactiveCorrectionThatWouldBreakALaterRecordedChangeIsRefusedNamingThatChange() {
        // Moving the establishment of Kommunledningskontoret to April leaves the March move with no parent.
        fixture.given(novemberRecordedAndFebruaryDecided())
                .when(february(new CorrectEffectiveDate(novemberChange(1), LocalDate.of(2026, 4, 1),
                        "Kontoret inrättas först i april")))
                .expectException(refusedBy(HardRule.PARENT_EXISTS))
                .expectException(PackageRefusedException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("2026-03-01"))
                .expectNoEvents();
    }

    @Test
    void aRetroactiveChangeThatWouldBreakALaterRecordedChangeIsRefused() {
        // Dissolving Kommunledningskontoret in February breaks the move into it recorded for March.
        fixture.given(novemberRecordedAndFebruaryDecided())
                .when(february(new DissolveUnit("kommunledningskontoret", List.of(), LocalDate.of(2026, 2, 1))))
                .expectException(refusedBy(HardRule.PARENT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void aRefusedRetroactivePackageNamesTheEarlierChangeItWouldBreakAndNotAPackageField() {
        Organisation organisation = sourced(novemberRecordedAndFebruaryDecided());
        PackageRefusedException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                PackageRefusedException.class, () -> organisation.handle(february(
                        new DissolveUnit("kommunledningskontoret", List.of(), LocalDate.of(2026, 2, 1)))));
        assertThat(refusal.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.changeId()).isEqualTo(novemberChange(2));
            assertThat(violation.date()).isEqualTo(MARCH);
            assertThat(refusal.packageIndexOf(violation)).isEqualTo(-1);
        });
    }

    @Test
    void anAnnulledChangeNeverTookEffectAndWhatDependedOnItIsChecked() {
        fixture.given(novemberRecordedAndFebruaryDecided())
                .when(february(new AnnulChange(novemberChange(1), "Beslutet upphävt")))
                .expectException(refusedBy(HardRule.PARENT_EXISTS))
                .expectNoEvents();
    }

    @Test
    void annullingAChangeNothingDependsOnIsRecorded() {
        AnnulChange annulment = new AnnulChange(novemberChange(2), "Flytten genomförs inte");
        fixture.given(novemberRecordedAndFebruaryDecided())
                .when(february(annulment))
                .expectEvents(new ChangeAnnulledEvent(ORG, novemberChange(2), "Flytten genomförs inte", FEBRUARY,
                                FEBRUARY + ".1"),
                        new ChangePackageRecordedEvent(ORG, FEBRUARY, List.of(FEBRUARY + ".1"),
                                RequestDigest.of(List.of(annulment))));
    }

    @Test
    void anAnnulledChangeCannotBeCorrectedOrAnnulledAgain() {
        List<Object> history = new ArrayList<>(novemberRecordedAndFebruaryDecided());
        history.add(new ChangeAnnulledEvent(ORG, novemberChange(2), "Flytten genomförs inte", FEBRUARY,
                FEBRUARY + ".1"));
        fixture.given(history)
                .when(february(new AnnulChange(novemberChange(2), "igen")))
                .expectException(refusedBy(HardRule.CORRECTION_TARGET))
                .expectNoEvents();
    }

    @Test
    void aCorrectionMustNameARecordedChange() {
        fixture.given(novemberRecordedAndFebruaryDecided())
                .when(february(new AnnulChange(OPENING_DECISION + ".99", "finns inte")))
                .expectException(refusedBy(HardRule.CORRECTION_TARGET))
                .expectNoEvents();
    }

    @Test
    void aCorrectionCannotItselfBeCorrected() {
        List<Object> history = new ArrayList<>(novemberRecordedAndFebruaryDecided());
        history.add(new EffectiveDateCorrectedEvent(ORG, novemberChange(2), CUTOVER, "tidigare", FEBRUARY,
                FEBRUARY + ".1"));
        fixture.given(history)
                .when(february(new AnnulChange(FEBRUARY + ".1", "rättelsen var fel")))
                .expectException(refusedBy(HardRule.CORRECTION_TARGET))
                .expectNoEvents();
    }

    @Test
    void theLatestCorrectionOfAChangeIsTheOneInForce() {
        List<Object> history = new ArrayList<>(novemberRecordedAndFebruaryDecided());
        history.add(new EffectiveDateCorrectedEvent(ORG, novemberChange(2), CUTOVER, "tidigare", FEBRUARY,
                FEBRUARY + ".1"));
        // With the move on 1 January, dissolving the old parent on 1 February no longer strands it.
        fixture.given(history)
                .when(february(new se.reorgledger.core.chef.EndChefRole("teknisk-chef", LocalDate.of(2026, 2, 1)),
                        new se.reorgledger.core.committee.EndKontorService("tekniska-forvaltningen", "tekniska-namnden",
                                LocalDate.of(2026, 2, 1)),
                        new DissolveUnit("tekniska-forvaltningen", List.of("kommunledningskontoret"),
                                LocalDate.of(2026, 2, 1))))
                .expectSuccessfulHandlerExecution();
    }

    private static Organisation sourced(List<Object> history) {
        return AggregateSourcing.source(history);
    }

}
