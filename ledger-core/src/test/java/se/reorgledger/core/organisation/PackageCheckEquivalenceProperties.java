package se.reorgledger.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.chef.AppointChef;
import se.reorgledger.core.chef.ChefLeaves;
import se.reorgledger.core.chef.EndChefRole;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.SetUnitAuthority;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitState;

/**
 * The organisation checks a package against the history it keeps in effective order, merging the package in,
 * and builds the tree only when asked: it must decide every package exactly as a replay of the whole history
 * would, refusals with the same violations and acceptances with the same report and tree. Histories are random
 * packages over a few units, roles and dates, so that packages are often refused, often retroactive, and often
 * correct or annul earlier changes; now and then the organisation is sourced anew from its events, as after a
 * restart.
 */
class PackageCheckEquivalenceProperties {

    private static final String ORG = "k";
    private static final String NAME = "Provkommunen";
    private static final Map<String, String> PERSONS = Map.of("anna", "Anna Berg", "bo", "Bo Ek");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    record Package(String decisionId, List<Change> changes) {
    }

    /** What the random packages then change, correct and annul: five units, three roles, a nämnd. */
    private static final Package OPENING = new Package("ks-0", List.of(
            new EstablishUnit("u1", "Kontoret", UnitKind.kontor, ORG, false, START),
            new EstablishUnit("u2", "Avdelning B", UnitKind.avdelning, "u1", true, START),
            new EstablishUnit("u3", "Enheten", UnitKind.enhet, "u2", false, START),
            new EstablishUnit("u4", "Förvaltningen", UnitKind.forvaltning, ORG, false, START),
            new EstablishUnit("u5", "Ärendeenheten", UnitKind.enhet, "u4", true, START.plusDays(31)),
            new EstablishChefRole("r1", "u1", "Kontorschef", START),
            new EstablishChefRole("r2", "u2", "Avdelningschef", START),
            new EstablishChefRole("r3", "u4", "Förvaltningschef", START.plusDays(59)),
            new AppointChef("r1", "anna", START),
            new RegisterCommittee("n1", "Nämnden", CommitteeType.namnd, START),
            new StartKontorService("u1", "n1", START.plusDays(31))));

    @Property(tries = 1000)
    void everyPackageIsDecidedAsAWholeReplayDecidesIt(@ForAll("histories") List<Package> history,
                                                      @ForAll("sourcingPoints") List<Boolean> sourceAnew) {
        ChangeLog log = new ChangeLog();
        List<ChangeEvent> recorded = new ArrayList<>();
        List<Package> packages = new ArrayList<>(List.of(OPENING));
        packages.addAll(history);
        for (int i = 0; i < packages.size(); i++) {
            Package each = packages.get(i);
            if (sourceAnew.get(i % sourceAnew.size())) {
                log = new ChangeLog();
                recorded.forEach(log::record);
            }
            FullReplayReview.Decision expected = FullReplayReview.decide(ORG, NAME, each.decisionId(),
                    each.changes(), log, PERSONS);
            List<ChangeEvent> events = new ArrayList<>();
            PackageOutcome[] outcome = {null};
            FullReplayReview.Decision refusal = decide(each, log, events, outcome);
            // The tree is asked for only once the package is recorded, as the service asks for it.
            events.forEach(log::record);
            recorded.addAll(events);
            FullReplayReview.Decision actual = refusal != null ? refusal : new FullReplayReview.Decision(null,
                    List.of(), outcome[0].asOf(), outcome[0].structure(), outcome[0].guidelines());
            Statistics.collect(kindOf(actual, each));

            assertThat(actual).isEqualTo(expected);
            if (!events.isEmpty()) {
                // Recording takes the digest of the request as the digest of the events it records.
                assertThat(RequestDigest.of(each.changes())).isEqualTo(RequestDigest.ofEvents(events));
            }
            assertThat(log.inEffectiveOrder()).isEqualTo(sorted(log.timeline()));
        }
    }

    /**
     * The organisation's own check: its refusal, or null when it accepts, with the events it would record added
     * to {@code events} and its outcome put in {@code outcome}.
     */
    private static FullReplayReview.Decision decide(Package each, ChangeLog log, List<ChangeEvent> events,
                                                    PackageOutcome[] outcome) {
        try {
            PackagePlan plan = PackagePlan.of(ORG, each.decisionId(), each.changes(), log, ORG);
            PackageReview review = PackageReview.of(plan, UnitState.root(ORG, NAME), PERSONS);
            outcome[0] = review.outcome(PackageOutcome.Status.DRY_RUN, ORG, each.decisionId(),
                    log.nextChangeIds(each.decisionId(), each.changes().size()));
            events.addAll(plan.events());
            return null;
        } catch (ConflictException conflict) {
            return new FullReplayReview.Decision(ConflictException.class.getSimpleName() + ": "
                    + conflict.subjects().get(0), List.of(), null, null, List.of());
        } catch (PackageRefusedException refused) {
            return new FullReplayReview.Decision(PackageRefusedException.class.getSimpleName(),
                    refused.violations(), null, null, List.of());
        }
    }

    /** How a package was decided, so that the run shows it covered refusals and recorded corrections alike. */
    private static String kindOf(FullReplayReview.Decision decision, Package decided) {
        if (decision.refusal() != null) {
            return decision.violations().isEmpty() ? "conflict" : "refused " + decision.violations().get(0).rule();
        }
        boolean corrects = decided.changes().stream()
                .anyMatch(change -> change instanceof AnnulChange || change instanceof CorrectEffectiveDate);
        return corrects ? "recorded with a correction" : "recorded";
    }

    private static List<TimedChange> sorted(List<TimedChange> timeline) {
        List<TimedChange> sorted = new ArrayList<>(timeline);
        sorted.sort(ChangePhase.EFFECTIVE_ORDER);
        return sorted;
    }

    @Provide
    Arbitrary<List<Boolean>> sourcingPoints() {
        return Arbitraries.of(true, false, false, false).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Package>> histories() {
        Arbitrary<Package> onePackage = Combinators.combine(Arbitraries.of("ks-1", "ks-2", "ks-3"),
                change().list().ofMinSize(1).ofMaxSize(3)).as(Package::new);
        return onePackage.list().ofMinSize(1).ofMaxSize(40);
    }

    private static Arbitrary<Change> change() {
        Arbitrary<String> unit = Arbitraries.of("u1", "u2", "u3", "u4", "u5", "u6", "u7");
        Arbitrary<String> fresh = Arbitraries.of("u6", "u7", "u8", "u9", "u1");
        Arbitrary<String> parent = Arbitraries.of(ORG, "u1", "u2", "u3", "u4", "u5", "u6", "u8");
        Arbitrary<String> role = Arbitraries.of("r1", "r2", "r3", "r4");
        Arbitrary<String> freshRole = Arbitraries.of("r4", "r5", "r6", "r1");
        Arbitrary<String> person = Arbitraries.of("anna", "bo", "ce");
        Arbitrary<LocalDate> date = Arbitraries.of(0, 0, 31, 59, 90, 120).map(START::plusDays);
        Arbitrary<String> name = Arbitraries.of("Öst", "Väst", "Avdelning A", "avdelning a", "Ärenden");
        Arbitrary<UnitKind> kind = Arbitraries.of(UnitKind.kontor, UnitKind.kontor, UnitKind.avdelning,
                UnitKind.avdelning, UnitKind.enhet, UnitKind.enhet, UnitKind.forvaltning, UnitKind.kommun);
        Arbitrary<String> target = Combinators.combine(Arbitraries.of("ks-0", "ks-0", "ks-0", "ks-1", "ks-2", "ks-3"),
                Arbitraries.integers().between(1, 11)).as((decision, number) -> decision + "." + number);
        return Arbitraries.<Change>frequencyOf(
                weighted(6, Combinators.combine(fresh, name, kind, parent, Arbitraries.of(true, false), date)
                        .as((a, b, c, d, e, f) -> orNull(() -> new EstablishUnit(a, b, c, d, e, f)))),
                weighted(3, Combinators.combine(unit, parent, date)
                        .as((a, b, c) -> orNull(() -> new MoveUnit(a, b, c)))),
                weighted(2, Combinators.combine(unit, name, date).as(RenameUnit::new)),
                weighted(2, Combinators.combine(unit, Arbitraries.of(List.<String>of(), List.of("u1")), date)
                        .as((a, b, c) -> orNull(() -> new DissolveUnit(a, b, c)))),
                weighted(1, Combinators.combine(unit, Arbitraries.of(true, false), date)
                        .as(SetUnitAuthority::new)),
                weighted(3, Combinators.combine(freshRole, unit, Arbitraries.of("Kontorschef", "Avdelningschef"),
                        date).as(EstablishChefRole::new)),
                weighted(2, Combinators.combine(role, person, date).as(AppointChef::new)),
                weighted(1, Combinators.combine(role, person, date).as(ChefLeaves::new)),
                weighted(1, Combinators.combine(role, date).as(EndChefRole::new)),
                weighted(1, date.map(on -> new RegisterCommittee("n1", "Nämnden", CommitteeType.namnd, on))),
                weighted(1, Combinators.combine(unit, date).as((id, on) -> new StartKontorService(id, "n1", on))),
                weighted(2, target.map(id -> new AnnulChange(id, "fel"))),
                weighted(3, Combinators.combine(target, date)
                        .as((id, on) -> new CorrectEffectiveDate(id, on, "fel"))))
                .filter(java.util.Objects::nonNull);
    }

    /** A kind of change, drawn in proportion to {@code frequency}. */
    private static Tuple.Tuple2<Integer, Arbitrary<? extends Change>> weighted(
            int frequency, Arbitrary<? extends Change> change) {
        return Tuple.of(frequency, change);
    }

    /** The change, or null when its constructor refuses the drawing (a unit under itself, say). */
    private static Change orNull(java.util.function.Supplier<Change> change) {
        try {
            return change.get();
        } catch (InvalidChangeException invalid) {
            return null;
        }
    }
}
