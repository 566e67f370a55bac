package se.reorgledger.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.chef.AppointChef;
import se.reorgledger.core.chef.ChefLeaves;
import se.reorgledger.core.chef.EndChefRole;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.organisation.ConflictException;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.organisation.RecordChangePackageCommand;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.core.person.RegisterPersonCommand;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.testkit.InMemoryLedger;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.UnitKind;

/**
 * Random sequences of packages, most of them breaking some rule, sent to the real aggregate: whatever it
 * accepts, the recorded history never breaks a hard rule on any date (checked by {@link HistoryInvariants}).
 */
class HardRulesProperties {

    private static final String ORG = "k";
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    /** One change drawn from a small world of ids and dates, so that changes collide often. */
    record ChangeSpec(int kind, int a, int b, int c, int day) {
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void noSequenceOfPackagesLeavesAHardRuleBrokenOnAnyDate(@ForAll("packages") List<List<ChangeSpec>> packages) {
        try (InMemoryLedger ledger = new InMemoryLedger()) {
            ledger.send(new RegisterOrganisationCommand(ORG, "K kommun"));
            ledger.send(new RecordDecisionCommand(ORG, new Decision("d", "Kommunstyrelsen", START, null, null,
                    "Slumpade beslut", true)));
            ledger.send(new RegisterPersonCommand(ORG, "p0", "Person Noll"));
            ledger.send(new RegisterPersonCommand(ORG, "p1", "Person Ett"));
            // A small organisation to start from, so that random changes have something to act on.
            PackageOutcome seed = ledger.send(new RecordChangePackageCommand(ORG, "d", List.of(
                    new EstablishUnit("u0", "Enhet 0", UnitKind.avdelning, ORG, false, START),
                    new EstablishUnit("u1", "Enhet 1", UnitKind.avdelning, ORG, false, START),
                    new EstablishUnit("u2", "Enhet 2", UnitKind.avdelning, "u0", false, START),
                    new EstablishChefRole("r0", "u0", "Chef", START)), false));
            List<String> recorded = new ArrayList<>(seed.changeIds());
            int accepted = 0;
            for (List<ChangeSpec> specs : packages) {
                List<Change> changes = changes(specs, recorded);
                if (changes.isEmpty()) {
                    continue;
                }
                try {
                    PackageOutcome outcome = ledger.send(new RecordChangePackageCommand(ORG, "d", changes, false));
                    recorded.addAll(outcome.changeIds());
                    accepted++;
                } catch (PackageRefusedException | ConflictException refused) {
                    // refused packages must leave no trace, which the invariants below also cover
                }
            }
            Statistics.label("accepted packages").collect(accepted == 0 ? "none" : accepted < 4 ? "1-3" : "4+");
            Statistics.label("refused packages").collect(packages.size() - accepted == 0 ? "none" : "some");
            List<Object> history = ledger.events().stream().map(InMemoryLedger.RecordedMessage::payload).toList();
            assertThat(HistoryInvariants.violations(ORG, history)).isEmpty();
        }
    }

    @Provide
    Arbitrary<List<List<ChangeSpec>>> packages() {
        // Establishments come often enough that later changes have something to act on.
        Arbitrary<Integer> kind = Arbitraries.frequency(
                Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2), Tuple.of(2, 3), Tuple.of(3, 4),
                Tuple.of(1, 5), Tuple.of(3, 6), Tuple.of(1, 7), Tuple.of(2, 8), Tuple.of(2, 9));
        Arbitrary<ChangeSpec> change = Combinators.combine(
                kind,
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 9)).as(ChangeSpec::new);
        return change.list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(1).ofMaxSize(20);
    }

    private static List<Change> changes(List<ChangeSpec> specs, List<String> recorded) {
        List<Change> changes = new ArrayList<>();
        for (ChangeSpec spec : specs) {
            try {
                Change change = change(spec, recorded);
                if (change != null) {
                    changes.add(change);
                }
            } catch (InvalidChangeException malformed) {
                // e.g. a unit made its own parent: the request itself is malformed and never reaches the ledger
            }
        }
        return changes;
    }

    private static Change change(ChangeSpec spec, List<String> recorded) {
        String unit = "u" + spec.a();
        String other = spec.b() < 2 ? ORG : "u" + (spec.b() - 2);
        String role = "r" + spec.c();
        LocalDate date = START.plusDays(spec.day());
        return switch (spec.kind()) {
            case 0 -> new EstablishUnit(unit, "Enhet " + spec.a(), UnitKind.avdelning, other, false, date);
            case 1 -> new MoveUnit(unit, other, date);
            case 2 -> new RenameUnit(unit, "Nytt namn " + spec.b(), date);
            case 3 -> new DissolveUnit(unit, spec.c() % 2 == 0 ? List.of() : List.of(other), date);
            case 4 -> new EstablishChefRole(role, unit, "Chef", date);
            case 5 -> new EndChefRole(role, date);
            case 6 -> new AppointChef(role, "p" + spec.a() % 3, date);
            case 7 -> new ChefLeaves(role, "p" + spec.a() % 3, date);
            case 8 -> recorded.isEmpty() ? null
                    : new CorrectEffectiveDate(recorded.get(spec.a() % recorded.size()), date, "rättelse");
            default -> recorded.isEmpty() ? null
                    : new AnnulChange(recorded.get(spec.b() % recorded.size()), "upphävt");
        };
    }
}
