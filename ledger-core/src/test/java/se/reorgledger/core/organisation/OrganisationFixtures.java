package se.reorgledger.core.organisation;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKind;

/**
 * A small Askersund, before the reorganisation, as the events that recorded it: Tekniska förvaltningen with
 * its Serviceavdelningen and its förvaltningschef Malin Rosén, and Kommunledningsförvaltningen. Tests add the
 * November decision (KS 2025-11-24 § 145) and its packages.
 */
final class OrganisationFixtures {

    static final String ORG = "askersund";
    static final LocalDate OPENING = LocalDate.of(2025, 1, 1);
    static final LocalDate NEW_YEAR_EVE = LocalDate.of(2025, 12, 31);
    static final LocalDate CUTOVER = LocalDate.of(2026, 1, 1);
    static final String OPENING_DECISION = "ingaende-organisation";
    static final String NOVEMBER = "ks-2025-11-24-145";

    private OrganisationFixtures() {
    }

    static OrganisationRegisteredEvent registered() {
        return new OrganisationRegisteredEvent(ORG, "Askersunds kommun");
    }

    static DecisionRecordedEvent openingDecision() {
        return new DecisionRecordedEvent(ORG, OPENING_DECISION, "Kommunstyrelsen", OPENING, null, null,
                "Ingående organisation", true);
    }

    static Decision november() {
        return new Decision(NOVEMBER, "Kommunstyrelsen", LocalDate.of(2025, 11, 24), "§ 145", "KS 2025/321",
                "Ny organisation med kontor", true);
    }

    static DecisionRecordedEvent novemberRecorded() {
        Decision d = november();
        return new DecisionRecordedEvent(ORG, d.id(), d.organ(), d.decidedOn(), d.paragraph(), d.caseNumber(),
                d.title(), d.illustrative());
    }

    /** The opening organisation: Tekniska förvaltningen with Serviceavdelningen, and Kommunledningsförvaltningen. */
    static List<Object> askersundBeforeTheReorganisation() {
        return List.of(
                registered(),
                openingDecision(),
                new PersonRegisteredEvent(ORG, "malin-rosen", "Malin Rosén"),
                new PersonRegisteredEvent(ORG, "joakim-ljungqvist", "Joakim Ljungqvist"),
                opened(1, "tekniska-forvaltningen", "Tekniska förvaltningen", UnitKind.forvaltning, ORG),
                opened(2, "serviceavdelningen", "Serviceavdelningen", UnitKind.avdelning, "tekniska-forvaltningen"),
                opened(3, "kommunledningsforvaltningen", "Kommunledningsförvaltningen", UnitKind.forvaltning, ORG),
                new ChefRoleEstablishedEvent(ORG, "teknisk-chef", "tekniska-forvaltningen", "Förvaltningschef",
                        OPENING, OPENING_DECISION, OPENING_DECISION + ".4"),
                new ChefAppointedEvent(ORG, "teknisk-chef", "malin-rosen", OPENING, OPENING_DECISION,
                        OPENING_DECISION + ".5"),
                new CommitteeRegisteredEvent(ORG, "tekniska-namnden", "Tekniska nämnden", CommitteeType.namnd,
                        OPENING, OPENING_DECISION, OPENING_DECISION + ".6"),
                new KontorServiceStartedEvent(ORG, "tekniska-namnden", "tekniska-forvaltningen", OPENING,
                        OPENING_DECISION, OPENING_DECISION + ".7"),
                novemberRecorded());
    }

    /** The package is refused for breaking {@code rule}, whatever else it breaks. */
    static Matcher<PackageRefusedException> refusedBy(HardRule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(PackageRefusedException refusal) {
                return refusal.violations().stream().anyMatch(violation -> violation.rule() == rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a package refused by the rule " + rule.slug());
            }

            @Override
            protected void describeMismatchSafely(PackageRefusedException refusal, Description mismatch) {
                mismatch.appendText("refused by " + refusal.violations());
            }
        };
    }

    static Matcher<ConflictException> conflictOver(HardRule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ConflictException conflict) {
                return conflict.rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a conflict over the rule " + rule.slug());
            }
        };
    }

    static UnitEstablishedEvent opened(int number, String id, String name, UnitKind kind, String parent) {
        return new UnitEstablishedEvent(ORG, id, name, kind, parent, false, OPENING, OPENING_DECISION,
                OPENING_DECISION + "." + number);
    }

    static RecordChangePackageCommand novemberPackage(Change... changes) {
        return new RecordChangePackageCommand(ORG, NOVEMBER, List.of(changes), false);
    }

    static RecordChangePackageCommand novemberDryRun(Change... changes) {
        return new RecordChangePackageCommand(ORG, NOVEMBER, List.of(changes), true);
    }

    static String novemberChange(int number) {
        return NOVEMBER + "." + number;
    }

    static ChangePackageRecordedEvent novemberPackageRecorded(List<Change> changes, int... numbers) {
        List<String> ids = java.util.Arrays.stream(numbers).mapToObj(OrganisationFixtures::novemberChange).toList();
        return new ChangePackageRecordedEvent(ORG, NOVEMBER, ids, RequestDigest.of(changes));
    }
}
