package se.reorgledger.core.organisation;

import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.conflictOver;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberChange;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberPackage;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberPackageRecorded;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.cooperation.CooperationJoinedEvent;
import se.reorgledger.core.cooperation.CooperationLeftEvent;
import se.reorgledger.core.cooperation.JoinCooperation;
import se.reorgledger.core.cooperation.LeaveCooperation;
import se.reorgledger.core.rules.HardRule;

/** A cooperation with other kommuner, such as Sydnärke IT: joined, and left only while taking part. */
class CooperationRulesTest {

    private static final LocalDate JOINED = LocalDate.of(2025, 1, 1);
    private static final JoinCooperation SYDNARKE_IT = new JoinCooperation("sydnarke-it", "Sydnärke IT",
            "Drift, infrastruktur och gemensamma IT-resurser", "Värdkommunen (en annan kommun)",
            "Tre andra kommuner", JOINED);

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void aKommunJoinsACooperationHostedByAnother() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(SYDNARKE_IT))
                .expectEvents(new CooperationJoinedEvent(ORG, "sydnarke-it", "Sydnärke IT",
                                "Drift, infrastruktur och gemensamma IT-resurser", "Värdkommunen (en annan kommun)",
                                "Tre andra kommuner", JOINED, NOVEMBER, novemberChange(1)),
                        novemberPackageRecorded(List.of(SYDNARKE_IT), 1));
    }

    @Test
    void aKommunLeavesACooperationItTakesPartIn() {
        LeaveCooperation leave = new LeaveCooperation("sydnarke-it", CUTOVER);
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(SYDNARKE_IT, leave))
                .expectEvents(new CooperationJoinedEvent(ORG, "sydnarke-it", "Sydnärke IT",
                                "Drift, infrastruktur och gemensamma IT-resurser", "Värdkommunen (en annan kommun)",
                                "Tre andra kommuner", JOINED, NOVEMBER, novemberChange(1)),
                        new CooperationLeftEvent(ORG, "sydnarke-it", CUTOVER, NOVEMBER, novemberChange(2)),
                        novemberPackageRecorded(List.of(SYDNARKE_IT, leave), 1, 2));
    }

    @Test
    void aKommunLeavesOnlyACooperationItTakesPartIn() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new LeaveCooperation("sydnarke-it", CUTOVER)))
                .expectException(refusedBy(HardRule.COOPERATION_MEMBERSHIP))
                .expectNoEvents();
    }

    @Test
    void aKommunCannotLeaveACooperationBeforeJoiningIt() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(SYDNARKE_IT, new LeaveCooperation("sydnarke-it", JOINED.minusDays(1))))
                .expectException(refusedBy(HardRule.COOPERATION_MEMBERSHIP))
                .expectNoEvents();
    }

    @Test
    void aKommunCannotLeaveACooperationTwice() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(SYDNARKE_IT, new LeaveCooperation("sydnarke-it", CUTOVER),
                        new LeaveCooperation("sydnarke-it", CUTOVER.plusMonths(1))))
                .expectException(refusedBy(HardRule.COOPERATION_MEMBERSHIP))
                .expectNoEvents();
    }

    @Test
    void aCooperationsIdentifierIsNotTakenAlready() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(novemberPackage(new JoinCooperation("tekniska-forvaltningen", "Tekniska samarbetet", "Drift",
                        "Laxå", null, JOINED)))
                .expectException(conflictOver(HardRule.IDENTIFIER_UNUSED))
                .expectNoEvents();
    }
}
