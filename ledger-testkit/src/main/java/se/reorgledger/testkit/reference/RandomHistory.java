package se.reorgledger.testkit.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.reorgledger.core.assignment.CarryOutAssignment;
import se.reorgledger.core.assignment.GiveAssignment;
import se.reorgledger.core.assignment.TimetableEntry;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.chef.AppointChef;
import se.reorgledger.core.chef.ChefLeaves;
import se.reorgledger.core.chef.EndChefRole;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.EndKontorService;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.cooperation.JoinCooperation;
import se.reorgledger.core.cooperation.LeaveCooperation;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.core.organisation.ConflictException;
import se.reorgledger.core.organisation.RecordChangePackageCommand;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.person.CorrectPersonNameCommand;
import se.reorgledger.core.person.RegisterPersonCommand;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.testkit.InMemoryLedger;
import se.reorgledger.core.unit.ChangeUnitKind;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.SetUnitAuthority;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitState;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.state.OrganisationState;

/**
 * Random histories recorded through the real aggregate: packages are proposed from a loose model of what
 * exists and the aggregate refuses those that break a rule, which then leave no event. Dates cluster on a few
 * days so that changes of one day meet in every phase; later packages often reach back in time. Now and then
 * an earlier decision is justerat, posted, appealed and ruled on, and a quashing ruling annuls its changes.
 */
public final class RandomHistory {

    public static final String KOMMUN = "kommunen";

    private static final String[] NAMES = {"Ekonomiavdelningen", "Åkerenheten", "Ängsgården", "Östra skolan",
            "Serviceavdelningen", "Kommunledningskontoret", "Tekniska förvaltningen", "Bygg- och miljö",
            "Élevenheten", "Zorn", "ärendeenheten", "Vård och omsorg", "Kultur", "Öppna förskolan", "Åsbo"};
    private static final String[] TITLES = {"Kontorschef", "Avdelningschef", "Enhetschef", "Förvaltningschef",
            "Stabschef"};
    private static final String[] PERSONS = {"Malin Rosén", "Örjan Åberg", "Anna Ek", "Björn Älv", "Eva Lund",
            "Åsa Öst"};
    private static final LocalDate[] DAYS = {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1),
            LocalDate.of(2025, 6, 2), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 15), LocalDate.of(2027, 1, 1)};

    private final Random random;
    private final InMemoryLedger ledger;
    private final List<String> committees = new ArrayList<>();
    private final List<String> assignments = new ArrayList<>();
    private final List<String> cooperations = new ArrayList<>();
    private final List<String> changeIds = new ArrayList<>();
    private final java.util.Map<String, LocalDate> decidedOn = new java.util.LinkedHashMap<>();
    private int next;

    private RandomHistory(long seed, InMemoryLedger ledger) {
        this.random = new Random(seed);
        this.ledger = ledger;
    }

    /** Records a random history of {@code packages} proposed packages into a fresh ledger. */
    public static InMemoryLedger record(long seed, int packages) {
        InMemoryLedger ledger = new InMemoryLedger();
        new RandomHistory(seed, ledger).run(packages);
        return ledger;
    }

    private void run(int packages) {
        ledger.send(new RegisterOrganisationCommand(KOMMUN, "Åkersunds kommun"));
        for (int p = 0; p < PERSONS.length; p++) {
            ledger.send(new RegisterPersonCommand(KOMMUN, "p" + p, PERSONS[p]));
        }
        for (int i = 0; i < packages; i++) {
            if (random.nextInt(10) == 0) {
                int p = random.nextInt(PERSONS.length);
                ledger.send(new CorrectPersonNameCommand(KOMMUN, "p" + p, pick(PERSONS) + " " + i, "felstavat"));
                continue;
            }
            String decisionId = "d" + i;
            String organ = pick(new String[]{"KF", "KS"});
            LocalDate decided = day();
            ledger.send(new RecordDecisionCommand(KOMMUN, new Decision(decisionId, organ,
                    decided, "§ " + i, "KS 2025/" + i, "Beslut " + i, random.nextBoolean())),
                    pick(new String[]{"sekreteraren", "registratorn"}));
            decidedOn.put(decisionId, decided);
            List<Change> changes = new ArrayList<>();
            LocalDate date = day();
            NaiveLedger known = new NaiveLedger(Recorded.events(ledger));
            OrganisationState onDate = known.state(KOMMUN, date, ledger.now());
            OrganisationState later = known.state(KOMMUN, LocalDate.of(2099, 1, 1), ledger.now());
            changeIds.clear();
            known.timeline(KOMMUN, ledger.now()).forEach(change -> changeIds.add(change.event().changeId()));
            int size = 1 + random.nextInt(random.nextInt(4) + 1);
            for (int c = 0; c < size; c++) {
                if (random.nextInt(12) == 0) {
                    changes.addAll(dissolutionWithItsRoles(onDate, later, date));
                } else {
                    changes.add(change(onDate, later, date));
                }
            }
            send(decisionId, changes);
            if (random.nextInt(8) == 0) {
                lifecycle();
            }
        }
    }

    /**
     * Steps of an earlier decision's life, from a random step on: often in order up to a ruling that quashes it
     * wholly or in part, sometimes out of order, which the aggregate refuses.
     */
    private void lifecycle() {
        String decisionId = pick(new ArrayList<>(decidedOn.keySet()));
        LocalDate decided = decidedOn.get(decisionId);
        List<LifecycleStep> steps = List.of(new LifecycleStep.Justering(decided.plusDays(2)),
                new LifecycleStep.Anslag(decided.plusDays(3)),
                new LifecycleStep.Appeal(decided.plusDays(10), "Förvaltningsrätten", "1-25"));
        for (int s = random.nextInt(3) == 0 ? random.nextInt(steps.size()) : 0; s < steps.size(); s++) {
            sendStep(decisionId, steps.get(s));
        }
        sendStep(decisionId, ruling(decisionId, decided.plusDays(60)));
    }

    private LifecycleStep ruling(String decisionId, LocalDate date) {
        List<String> inForce = new NaiveLedger(Recorded.events(ledger)).timeline(KOMMUN, ledger.now()).stream()
                .map(change -> change.event()).filter(change -> change.decisionId().equals(decisionId))
                .map(change -> change.changeId()).sorted().toList();
        RulingOutcome outcome = RulingOutcome.values()[random.nextInt(RulingOutcome.values().length)];
        if (outcome == RulingOutcome.quashedInPart && inForce.isEmpty()) {
            outcome = RulingOutcome.quashed;
        }
        List<String> named = outcome == RulingOutcome.quashedInPart ? List.of(pick(inForce)) : List.of();
        return new LifecycleStep.Ruling(date, "Förvaltningsrätten", "1-25", outcome, named);
    }

    private void sendStep(String decisionId, LifecycleStep step) {
        try {
            ledger.send(new RecordLifecycleStepCommand(KOMMUN, decisionId, step), "sekreteraren");
        } catch (PackageRefusedException | ConflictException | UnknownEntityException | InvalidChangeException e) {
            // a step out of order, or a quash that would break a rule, records nothing
        }
    }

    private void send(String decisionId, List<Change> changes) {
        try {
            ledger.send(new RecordChangePackageCommand(KOMMUN, decisionId, changes, false),
                    pick(new String[]{"sekreteraren", "registratorn"}));
        } catch (PackageRefusedException | ConflictException | UnknownEntityException | InvalidChangeException e) {
            // refused packages record nothing, which is what the property relies on
        }
    }

    private Change change(OrganisationState onDate, OrganisationState later, LocalDate date) {
        List<String> living = onDate.units().stream().map(UnitState::id)
                .filter(id -> later.unit(id).isPresent()).sorted().toList();
        List<String> nonRoot = living.stream().filter(id -> !id.equals(KOMMUN)).toList();
        List<String> activeRoles = later.units().stream().flatMap(unit -> onDate.chefRoles(unit.id()).stream())
                .map(ChefRoleState::id).sorted().toList();
        int kind = random.nextInt(changeIds.isEmpty() ? 16 : 19);
        try {
            return switch (kind) {
                case 0, 1, 2 -> {
                    String id = "u" + next++;
                    yield new EstablishUnit(id, pick(NAMES), pickKind(), pickOr(living, KOMMUN),
                            random.nextInt(5) == 0, date);
                }
                case 3 -> new RenameUnit(pickOr(living, KOMMUN), pick(NAMES), date);
                case 4, 5 -> new MoveUnit(pickOr(nonRoot, "u0"), pickOr(living, KOMMUN), date);
                case 6 -> new ChangeUnitKind(pickOr(nonRoot, "u0"), pickKind(), date);
                case 7 -> new SetUnitAuthority(pickOr(living, KOMMUN), random.nextBoolean(), date);
                case 8 -> dissolution(onDate, nonRoot, living, date);
                case 9 -> new EstablishChefRole("r" + next++, pickOr(living, KOMMUN), pick(TITLES), date);
                case 10 -> activeRoles.isEmpty() ? newRole(living, date) : new EndChefRole(pick(activeRoles), date);
                case 11, 12 -> appointment(onDate, activeRoles, living, date);
                case 13 -> leaving(onDate, activeRoles, living, date);
                case 14 -> committee(onDate, living, date);
                case 15 -> uppdragOrCooperation(date);
                case 16, 17 -> new CorrectEffectiveDate(pick(changeIds), day(), "fel datum i protokollet");
                default -> new AnnulChange(pick(changeIds), "beslutet upphävt");
            };
        } catch (InvalidChangeException e) {
            return new RenameUnit(KOMMUN, pick(NAMES), date);
        }
    }

    /** A unit without children dissolved together with the ending of its chef roles, as a real decision does. */
    private List<Change> dissolutionWithItsRoles(OrganisationState onDate, OrganisationState later, LocalDate date) {
        List<String> leaves = onDate.units().stream().map(UnitState::id)
                .filter(id -> !id.equals(KOMMUN) && later.unit(id).isPresent() && later.children(id).isEmpty()
                        && onDate.children(id).isEmpty())
                .sorted().toList();
        if (leaves.isEmpty()) {
            return List.of(new RenameUnit(KOMMUN, pick(NAMES), date));
        }
        String unit = pick(leaves);
        List<Change> changes = new ArrayList<>();
        onDate.chefRoles(unit).forEach(role -> changes.add(new EndChefRole(role.id(), date)));
        List<String> successors = later.units().stream().map(UnitState::id)
                .filter(id -> !id.equals(unit) && onDate.unit(id).isPresent()).sorted().toList();
        changes.add(new DissolveUnit(unit, successors.isEmpty() ? List.of() : List.of(pick(successors)), date));
        return changes;
    }

    private Change dissolution(OrganisationState onDate, List<String> nonRoot, List<String> living, LocalDate date) {
        List<String> leaves = nonRoot.stream().filter(id -> onDate.children(id).isEmpty()).toList();
        String unit = pickOr(leaves, "u0");
        List<String> successors = living.stream().filter(id -> !id.equals(unit)).toList();
        return new DissolveUnit(unit, successors.isEmpty() || random.nextBoolean() ? List.of()
                : List.of(pick(successors)), date);
    }

    private Change newRole(List<String> living, LocalDate date) {
        return new EstablishChefRole("r" + next++, pickOr(living, KOMMUN), pick(TITLES), date);
    }

    private Change appointment(OrganisationState onDate, List<String> activeRoles, List<String> living,
                               LocalDate date) {
        List<String> vacant = activeRoles.stream()
                .filter(role -> onDate.everEstablishedChefRole(role).orElseThrow().isVacant()).toList();
        return vacant.isEmpty() ? newRole(living, date)
                : new AppointChef(pick(vacant), "p" + random.nextInt(PERSONS.length), date);
    }

    private Change leaving(OrganisationState onDate, List<String> activeRoles, List<String> living,
                           LocalDate date) {
        List<ChefRoleState> held = activeRoles.stream()
                .map(role -> onDate.everEstablishedChefRole(role).orElseThrow())
                .filter(role -> !role.isVacant()).toList();
        if (held.isEmpty()) {
            return newRole(living, date);
        }
        ChefRoleState role = held.get(random.nextInt(held.size()));
        return new ChefLeaves(role.id(), role.holderId(), date);
    }

    private Change committee(OrganisationState onDate, List<String> living, LocalDate date) {
        List<String> serving = living.stream().filter(id -> onDate.unit(id)
                .map(unit -> unit.kind() == UnitKind.kontor || unit.kind() == UnitKind.forvaltning).orElse(false))
                .toList();
        return switch (committees.isEmpty() ? 0 : random.nextInt(4)) {
            case 0 -> {
                String id = "n" + next++;
                committees.add(id);
                yield new RegisterCommittee(id, pick(NAMES) + "nämnden", CommitteeType.namnd, date);
            }
            case 1 -> new AdoptReglemente(pickOr(committees, "n0"), "v" + next++, "KF § " + next, null, date);
            case 2 -> new StartKontorService(pickOr(serving, KOMMUN), pickOr(committees, "n0"), date);
            default -> new EndKontorService(pickOr(serving, KOMMUN), pickOr(committees, "n0"), date);
        };
    }

    /** An uppdrag given or carried out, a cooperation joined or left: entities beside the tree. */
    private Change uppdragOrCooperation(LocalDate date) {
        return switch (random.nextInt(4)) {
            case 0 -> {
                String id = "a" + next++;
                assignments.add(id);
                yield new GiveAssignment(id, "Uppdrag " + id, pick(NAMES), pick(PERSONS), List.of(pick(PERSONS)),
                        List.of(new TimetableEntry("hösten 2025", "utredning")), date);
            }
            case 1 -> new CarryOutAssignment(pickOr(assignments, "a0"), date);
            case 2 -> {
                String id = "c" + next++;
                cooperations.add(id);
                yield new JoinCooperation(id, pick(NAMES) + " IT", "drift", "Grannkommunen", "tre kommuner", date);
            }
            default -> new LeaveCooperation(pickOr(cooperations, "c0"), date);
        };
    }

    private UnitKind pickKind() {
        UnitKind[] kinds = {UnitKind.forvaltning, UnitKind.kontor, UnitKind.avdelning, UnitKind.enhet, UnitKind.stab};
        return kinds[random.nextInt(kinds.length)];
    }

    private LocalDate day() {
        LocalDate day = DAYS[random.nextInt(DAYS.length)];
        return random.nextInt(4) == 0 ? day.plusDays(random.nextInt(3) - 1) : day;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pickOr(List<String> values, String fallback) {
        return values.isEmpty() ? fallback : pick(values);
    }
}
