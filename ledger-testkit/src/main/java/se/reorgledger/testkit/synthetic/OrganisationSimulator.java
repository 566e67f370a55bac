package se.reorgledger.testkit.synthetic;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.KontorServiceEndedEvent;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.committee.MunicipalityJoinedCommitteeEvent;
import se.reorgledger.core.committee.MunicipalityLeftCommitteeEvent;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.organisation.ChangePackageRecordedEvent;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.unit.UnitAuthorityStatusSetEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitKindChangedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitRenamedEvent;

/**
 * One kommun's history, produced command by command from a seed: a first organisation of förvaltningar and
 * avdelningar, then years of new enheter and avdelningar, chef turnover, renamings, moves, merges, förvaltningar
 * merged into kontor, reglemente versions, and now and then a retroactive renaming, a corrected date or an
 * annulment. It keeps a model of the organisation and only proposes what the hard rules allow: every package
 * takes effect on or after the latest date so far, except renamings and corrections, which are safe at any date
 * the unit exists; a chef role or a service is touched at most once per day, so the phases of one day never
 * reorder what the model assumed.
 */
final class OrganisationSimulator {

    static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final int SPAN_DAYS = 12 * 365;
    /** The kommun exists on every date: any date a correction moves an establishment to is after this. */
    private static final int KOMMUN_ALWAYS_EXISTED = -1_000_000;
    private static final String[] PRINCIPALS = {"registrator", "kommunsekreterare", "hr-handlaggare", "import"};
    private static final String[] ORGANS = {"Kommunfullmäktige", "Kommunstyrelsen", "Kommundirektören"};

    private final String id;
    private final String name;
    private final long targetEvents;
    private final int targetUnits;
    private final Random random;
    private final Deque<SyntheticCommand> pending = new ArrayDeque<>();

    private final Map<String, SimUnit> units = new LinkedHashMap<>();
    private final Map<String, SimRole> roles = new HashMap<>();
    private final Map<String, SimCommittee> committees = new LinkedHashMap<>();
    private final IdPool topLevels = new IdPool();
    private final IdPool avdelningar = new IdPool();
    private final IdPool enheter = new IdPool();
    private final IdPool activeRoles = new IdPool();
    private final IdPool persons = new IdPool();
    private final IdPool namnder = new IdPool();
    private final IdPool correctable = new IdPool();
    private final Map<String, String> unitOfCorrectable = new HashMap<>();
    private final Map<String, String> personNames = new HashMap<>();

    private long emitted;
    private int established;
    private int frontier = Math.toIntExact(START.toEpochDay());
    private int next;
    private boolean registered;

    OrganisationSimulator(String id, String name, long targetEvents, int targetUnits, long seed) {
        this.id = id;
        this.name = name;
        this.targetEvents = targetEvents;
        this.targetUnits = targetUnits;
        this.random = new Random(seed);
        units.put(id, new SimUnit(id, UnitKind.kommun, null, name, KOMMUN_ALWAYS_EXISTED, null));
    }

    boolean hasNext() {
        return !pending.isEmpty() || emitted < targetEvents;
    }

    long emitted() {
        return emitted;
    }

    SyntheticCommand next() {
        while (pending.isEmpty()) {
            step();
        }
        return pending.poll();
    }

    private void step() {
        if (!registered) {
            registered = true;
            command(new OrganisationRegisteredEvent(id, name));
            firstOrganisation();
            return;
        }
        int day = nextDay();
        double progress = (double) emitted / targetEvents;
        if (established < targetUnits * Math.min(1.0, progress * 1.1 + 0.02)) {
            establish(day);
            return;
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            if (tryAction(random.nextInt(100), day)) {
                return;
            }
        }
        establish(day);
    }

    private boolean tryAction(int roll, int day) {
        if (roll < 39) {
            return turnover(day);
        }
        if (roll < 42) {
            return appointToVacancy(day);
        }
        if (roll < 53) {
            return rename(random.nextInt(4) == 0 ? pastDay() : day);
        }
        if (roll < 58) {
            return move(day);
        }
        if (roll < 60) {
            return dissolveEnhet(day);
        }
        if (roll < 61) {
            return mergeAvdelning(day);
        }
        if (roll < 67) {
            return authority(day);
        }
        if (roll < 69) {
            return kindChange(day);
        }
        if (roll < 75) {
            return reglemente(day);
        }
        if (roll < 79) {
            return correctPersonName();
        }
        if (roll < 86) {
            return correctDate(day);
        }
        if (roll < 91) {
            return annul(day);
        }
        if (roll < 94) {
            return membership(day);
        }
        if (roll < 95 && random.nextInt(6) == 0) {
            return reorganise(day);
        }
        return false;
    }

    // --- the first organisation ---------------------------------------------------------------------------------

    private void firstOrganisation() {
        int day = frontier;
        Package p = new Package("Förvaltningsorganisation", day);
        p.add(c -> new CommitteeRegisteredEvent(id, "kf", "Kommunfullmäktige", CommitteeType.kommunfullmaktige,
                date(day), p.decisionId, c));
        committees.put("kf", new SimCommittee("kf"));
        p.add(c -> new CommitteeRegisteredEvent(id, "ks", "Kommunstyrelsen", CommitteeType.kommunstyrelse,
                date(day), p.decisionId, c));
        committees.put("ks", new SimCommittee("ks"));
        namnder.add("ks");
        p.add(c -> new CommitteeRegisteredEvent(id, "gn", "Överförmyndarnämnden", CommitteeType.gemensam_namnd,
                date(day), p.decisionId, c));
        SimCommittee joint = new SimCommittee("gn");
        committees.put("gn", joint);
        for (String member : List.of("Laxå", "Lekeberg")) {
            p.add(c -> new MunicipalityJoinedCommitteeEvent(id, "gn", member, date(day), p.decisionId, c));
            joint.members.put(member, day);
        }
        int forvaltningar = Math.max(3, Math.min(8, targetUnits / 60));
        for (int f = 0; f < forvaltningar; f++) {
            String unit = newUnit(p, UnitKind.forvaltning, SyntheticNames.forvaltning(random), id, day);
            String namnd = "n" + next++;
            String namndName = units.get(unit).name.replace("förvaltningen", "nämnden");
            p.add(c -> new CommitteeRegisteredEvent(id, namnd, namndName, CommitteeType.namnd, date(day),
                    p.decisionId, c));
            committees.put(namnd, new SimCommittee(namnd));
            namnder.add(namnd);
            startService(p, unit, namnd, day);
            if (f == 0) {
                startService(p, unit, "ks", day);
            }
            for (int a = 2 + random.nextInt(3); a > 0; a--) {
                newUnit(p, UnitKind.avdelning, SyntheticNames.avdelning(random), unit, day);
            }
        }
        for (String namnd : committees.keySet()) {
            if (!namnd.equals("gn")) {
                adopt(p, namnd, day);
            }
        }
        p.emit();
    }

    // --- growth --------------------------------------------------------------------------------------------------

    private void establish(int day) {
        Package p = new Package("Ny organisatorisk enhet", day);
        if (avdelningar.isEmpty() || random.nextInt(5) == 0) {
            UnitKind kind = random.nextInt(8) == 0 ? UnitKind.verksamhet : UnitKind.avdelning;
            String name = kind == UnitKind.avdelning ? SyntheticNames.avdelning(random)
                    : SyntheticNames.verksamhet(random);
            newUnit(p, kind, name, topLevels.pick(random), day);
        } else {
            String parent = avdelningar.pick(random);
            for (int n = random.nextInt(3) == 0 ? 2 + random.nextInt(3) : 1; n > 0; n--) {
                newUnit(p, UnitKind.enhet, SyntheticNames.enhet(random), parent, day);
            }
        }
        p.emit();
    }

    private String newUnit(Package p, UnitKind kind, String unitName, String parent, int day) {
        String unit = "u" + next++;
        boolean authority = kind == UnitKind.enhet && random.nextInt(20) == 0;
        String changeId = p.add(c -> new UnitEstablishedEvent(id, unit, unitName, kind, parent, authority, date(day),
                p.decisionId, c));
        SimUnit model = new SimUnit(unit, kind, parent, unitName, day, changeId);
        model.authority = authority;
        units.put(unit, model);
        if (units.containsKey(parent)) {
            units.get(parent).children.add(unit);
        }
        pool(model).add(unit);
        established++;
        String role = "r" + next++;
        String title = title(kind);
        p.add(c -> new ChefRoleEstablishedEvent(id, role, unit, title, date(day), p.decisionId, c));
        SimRole chef = new SimRole(role, unit, day);
        roles.put(role, chef);
        model.roles.add(role);
        activeRoles.add(role);
        if (random.nextInt(10) > 0) {
            appoint(p, chef, day);
        }
        return unit;
    }

    private void appoint(Package p, SimRole role, int day) {
        String person = registerPerson();
        p.add(c -> new ChefAppointedEvent(id, role.id, person, date(day), p.decisionId, c));
        role.holder = person;
        role.lastDay = day;
    }

    private String registerPerson() {
        String person = "p" + next++;
        String personName = SyntheticNames.person(random);
        command(new PersonRegisteredEvent(id, person, personName));
        persons.add(person);
        personNames.put(person, personName);
        return person;
    }

    // --- chefs ---------------------------------------------------------------------------------------------------

    private boolean turnover(int day) {
        SimRole role = pickRole(day, true);
        if (role == null) {
            return false;
        }
        Package p = new Package("Chefsförordnande", day);
        String leaving = role.holder;
        p.add(c -> new ChefLeftEvent(id, role.id, leaving, date(day), p.decisionId, c));
        role.holder = null;
        role.lastDay = day;
        if (random.nextInt(5) > 0) {
            appoint(p, role, day);
        }
        p.emit();
        return true;
    }

    private boolean appointToVacancy(int day) {
        SimRole role = pickRole(day, false);
        if (role == null) {
            return false;
        }
        Package p = new Package("Chefsförordnande", day);
        appoint(p, role, day);
        p.emit();
        return true;
    }

    private SimRole pickRole(int day, boolean held) {
        for (int attempt = 0; attempt < 6 && !activeRoles.isEmpty(); attempt++) {
            SimRole role = roles.get(activeRoles.pick(random));
            if (role.lastDay < day && (role.holder != null) == held) {
                return role;
            }
        }
        return null;
    }

    // --- units ---------------------------------------------------------------------------------------------------

    private boolean rename(int day) {
        SimUnit unit = pickUnit();
        if (unit == null || unit.establishedDay > day) {
            return false;
        }
        Package p = new Package("Namnändring", Math.max(day, frontier));
        String newName = switch (unit.kind) {
            case forvaltning -> SyntheticNames.forvaltning(random);
            case kontor -> SyntheticNames.kontor(random);
            case avdelning -> SyntheticNames.avdelning(random);
            case verksamhet -> SyntheticNames.verksamhet(random);
            default -> SyntheticNames.enhet(random);
        };
        String changeId = p.add(c -> new UnitRenamedEvent(id, unit.id, newName, date(day), p.decisionId, c));
        correctable(changeId, unit.id);
        unit.name = newName;
        p.emit();
        return true;
    }

    private boolean move(int day) {
        boolean enhet = random.nextInt(5) > 1;
        IdPool from = enhet ? enheter : avdelningar;
        IdPool to = enhet ? avdelningar : topLevels;
        if (from.isEmpty() || to.size() < 2) {
            return false;
        }
        SimUnit unit = units.get(from.pick(random));
        String parent = to.pick(random);
        if (parent.equals(unit.parent)) {
            return false;
        }
        Package p = new Package("Ändrad organisatorisk tillhörighet", day);
        moveUnit(p, unit, parent, day);
        p.emit();
        return true;
    }

    private void moveUnit(Package p, SimUnit unit, String parent, int day) {
        p.add(c -> new UnitMovedEvent(id, unit.id, parent, date(day), p.decisionId, c));
        units.get(unit.parent).children.remove(unit.id);
        units.get(parent).children.add(unit.id);
        unit.parent = parent;
    }

    private boolean dissolveEnhet(int day) {
        if (enheter.size() < 2) {
            return false;
        }
        SimUnit unit = units.get(enheter.pick(random));
        String successor = enheter.pick(random);
        if (successor.equals(unit.id) || !rolesFree(unit, day)) {
            return false;
        }
        Package p = new Package("Avveckling av enhet", day);
        dissolve(p, unit, List.of(successor), day);
        p.emit();
        return true;
    }

    private boolean mergeAvdelning(int day) {
        if (avdelningar.size() < 3) {
            return false;
        }
        SimUnit unit = units.get(avdelningar.pick(random));
        SimUnit into = units.get(avdelningar.pick(random));
        if (into == unit || !rolesFree(unit, day) || unit.children.size() > 6) {
            return false;
        }
        Package p = new Package("Sammanslagning av avdelningar", day);
        for (String child : List.copyOf(unit.children)) {
            moveUnit(p, units.get(child), into.id, day);
        }
        dissolve(p, unit, List.of(into.id), day);
        p.emit();
        return true;
    }

    /** Två förvaltningar become one kontor, as in the PM: their avdelningar move, their chefs' roles end. */
    private boolean reorganise(int day) {
        if (topLevels.size() < 3) {
            return false;
        }
        SimUnit first = units.get(topLevels.pick(random));
        SimUnit second = units.get(topLevels.pick(random));
        if (first == second || !rolesFree(first, day) || !rolesFree(second, day) || !servicesFree(first, day)
                || !servicesFree(second, day)) {
            return false;
        }
        Package p = new Package("Ny organisation: förvaltningar blir kontor", day);
        String kontor = newUnit(p, UnitKind.kontor, SyntheticNames.kontor(random), id, day);
        Set<String> served = new LinkedHashSet<>();
        for (SimUnit old : List.of(first, second)) {
            for (String child : List.copyOf(old.children)) {
                moveUnit(p, units.get(child), kontor, day);
            }
            served.addAll(old.serves.keySet());
        }
        for (SimUnit old : List.of(first, second)) {
            for (String committee : List.copyOf(old.serves.keySet())) {
                p.add(c -> new KontorServiceEndedEvent(id, committee, old.id, date(day), p.decisionId, c));
                old.serves.remove(committee);
            }
            dissolve(p, old, List.of(kontor), day);
        }
        served.forEach(committee -> startService(p, kontor, committee, day));
        p.emit();
        return true;
    }

    private void dissolve(Package p, SimUnit unit, List<String> successors, int day) {
        for (String role : List.copyOf(unit.roles)) {
            p.add(c -> new ChefRoleEndedEvent(id, role, date(day), p.decisionId, c));
            roles.get(role).lastDay = day;
            activeRoles.remove(role);
            unit.roles.remove(role);
        }
        p.add(c -> new UnitDissolvedEvent(id, unit.id, successors, date(day), p.decisionId, c));
        pool(unit).remove(unit.id);
        units.get(unit.parent).children.remove(unit.id);
        unit.alive = false;
    }

    private boolean rolesFree(SimUnit unit, int day) {
        return unit.roles.stream().allMatch(role -> roles.get(role).lastDay < day);
    }

    private boolean servicesFree(SimUnit unit, int day) {
        return unit.serves.values().stream().allMatch(started -> started < day);
    }

    private boolean authority(int day) {
        SimUnit unit = pickUnit();
        if (unit == null || (unit.kind != UnitKind.avdelning && unit.kind != UnitKind.enhet)) {
            return false;
        }
        Package p = new Package("Myndighetsutövning", day);
        boolean authority = !unit.authority;
        String changeId = p.add(c -> new UnitAuthorityStatusSetEvent(id, unit.id, authority, date(day),
                p.decisionId, c));
        correctable(changeId, unit.id);
        unit.authority = authority;
        p.emit();
        return true;
    }

    private boolean kindChange(int day) {
        if (avdelningar.isEmpty()) {
            return false;
        }
        SimUnit unit = units.get(avdelningar.pick(random));
        UnitKind kind = unit.kind == UnitKind.avdelning ? UnitKind.verksamhet : UnitKind.avdelning;
        Package p = new Package("Ändrad organisationsform", day);
        p.add(c -> new UnitKindChangedEvent(id, unit.id, kind, date(day), p.decisionId, c));
        unit.kind = kind;
        p.emit();
        return true;
    }

    // --- nämnder -------------------------------------------------------------------------------------------------

    private void startService(Package p, String unit, String committee, int day) {
        p.add(c -> new KontorServiceStartedEvent(id, committee, unit, date(day), p.decisionId, c));
        units.get(unit).serves.put(committee, day);
    }

    private boolean reglemente(int day) {
        if (namnder.isEmpty()) {
            return false;
        }
        Package p = new Package("Reviderat reglemente", day);
        adopt(p, namnder.pick(random), day);
        p.emit();
        return true;
    }

    private void adopt(Package p, String committee, int day) {
        String version = LocalDate.ofEpochDay(day).getYear() + "." + ++committees.get(committee).versions;
        p.add(c -> new ReglementeAdoptedEvent(id, committee, version, "KF " + LocalDate.ofEpochDay(day) + " § "
                + (1 + random.nextInt(200)), null, date(day), p.decisionId, c));
    }

    private boolean membership(int day) {
        SimCommittee joint = committees.get("gn");
        String kommun = SyntheticNames.kommunNamed(random);
        Integer joined = joint.members.get(kommun);
        if (joined != null && joined >= day) {
            return false;
        }
        Package p = new Package("Gemensam nämnd", day);
        if (joined == null) {
            p.add(c -> new MunicipalityJoinedCommitteeEvent(id, "gn", kommun, date(day), p.decisionId, c));
            joint.members.put(kommun, day);
        } else {
            p.add(c -> new MunicipalityLeftCommitteeEvent(id, "gn", kommun, date(day), p.decisionId, c));
            joint.members.remove(kommun);
        }
        p.emit();
        return true;
    }

    // --- corrections ---------------------------------------------------------------------------------------------

    private boolean correctPersonName() {
        if (persons.isEmpty()) {
            return false;
        }
        String person = persons.pick(random);
        String corrected = SyntheticNames.person(random);
        if (corrected.equals(personNames.get(person))) {
            return false;
        }
        personNames.put(person, corrected);
        command(new PersonNameCorrectedEvent(id, person, corrected, "Rättad stavning"));
        return true;
    }

    /** A renaming moved to another date in the unit's life, or an establishment found to be earlier. */
    private boolean correctDate(int day) {
        if (random.nextBoolean() && !correctable.isEmpty()) {
            String target = correctable.pick(random);
            SimUnit unit = units.get(unitOfCorrectable.get(target));
            if (!unit.alive) {
                return false;
            }
            int date = unit.establishedDay + random.nextInt(Math.max(1, frontier - unit.establishedDay + 1));
            return correction(target, date, day);
        }
        SimUnit unit = pickUnit();
        SimUnit parent = unit == null ? null : units.get(unit.establishParent);
        int earliest = parent == null ? unit == null ? 0 : unit.establishedDay - 400 : parent.establishedDay;
        if (unit == null || earliest >= unit.establishedDay) {
            return false;
        }
        int date = Math.max(earliest, unit.establishedDay - 1 - random.nextInt(400));
        unit.establishedDay = date;
        return correction(unit.establishChangeId, date, day);
    }

    private boolean correction(String target, int date, int day) {
        Package p = new Package("Rättelse av datum", day);
        p.add(c -> new EffectiveDateCorrectedEvent(id, target, LocalDate.ofEpochDay(date), "Fel datum i protokollet",
                p.decisionId, c));
        p.emit();
        return true;
    }

    private boolean annul(int day) {
        if (correctable.isEmpty()) {
            return false;
        }
        String target = correctable.pick(random);
        Package p = new Package("Upphävande", day);
        p.add(c -> new ChangeAnnulledEvent(id, target, "Beslutet upphävt efter laglighetsprövning", p.decisionId, c));
        correctable.remove(target);
        p.emit();
        return true;
    }

    private void correctable(String changeId, String unitId) {
        correctable.add(changeId);
        unitOfCorrectable.put(changeId, unitId);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private SimUnit pickUnit() {
        int roll = random.nextInt(10);
        IdPool pool = roll == 0 ? topLevels : roll < 4 ? avdelningar : enheter;
        return pool.isEmpty() ? null : units.get(pool.pick(random));
    }

    private IdPool pool(SimUnit unit) {
        return switch (unit.kind) {
            case forvaltning, kontor, stab -> topLevels;
            case avdelning, verksamhet -> avdelningar;
            default -> enheter;
        };
    }

    private static String title(UnitKind kind) {
        return switch (kind) {
            case forvaltning -> "Förvaltningschef";
            case kontor -> "Kontorschef";
            case avdelning -> "Avdelningschef";
            case verksamhet -> "Verksamhetschef";
            case stab -> "Stabschef";
            default -> "Enhetschef";
        };
    }

    /** The next package's date: the organisation's years pass with its share of the ledger, never backwards. */
    private int nextDay() {
        int planned = Math.toIntExact(START.toEpochDay()) + (int) (SPAN_DAYS * emitted / targetEvents);
        frontier = Math.max(frontier, planned + (random.nextInt(4) == 0 ? random.nextInt(60) : 0));
        return frontier;
    }

    private static LocalDate date(int day) {
        return LocalDate.ofEpochDay(day);
    }

    private int pastDay() {
        return frontier - random.nextInt(3 * 365);
    }

    private void command(Object... payloads) {
        pending.add(new SyntheticCommand(PRINCIPALS[random.nextInt(PRINCIPALS.length)], List.of(payloads)));
        emitted += payloads.length;
    }

    /** A decision and the changes it makes, numbered {@code <decisionId>.<n>}, recorded as two commands. */
    private final class Package {
        private final String decisionId = "d" + next++;
        private final String title;
        private final int day;
        private final List<Object> changes = new ArrayList<>();
        private final List<String> changeIds = new ArrayList<>();

        Package(String title, int day) {
            this.title = title;
            this.day = day;
        }

        String add(ChangeFactory factory) {
            String changeId = decisionId + "." + (changeIds.size() + 1);
            changes.add(factory.create(changeId));
            changeIds.add(changeId);
            return changeId;
        }

        void emit() {
            LocalDate decidedOn = LocalDate.ofEpochDay(day).minusDays(random.nextInt(60));
            command(new DecisionRecordedEvent(id, decisionId, ORGANS[random.nextInt(ORGANS.length)], decidedOn,
                    "§ " + (1 + random.nextInt(250)), "KS " + decidedOn.getYear() + "/" + (1 + random.nextInt(900)),
                    title, true));
            List<Object> payloads = new ArrayList<>(changes);
            payloads.add(new ChangePackageRecordedEvent(id, decisionId, changeIds,
                    String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(), random.nextLong(),
                            random.nextLong())));
            command(payloads.toArray());
        }
    }

    @FunctionalInterface
    private interface ChangeFactory {
        Object create(String changeId);
    }

    private static final class SimUnit {
        final String id;
        final String establishParent;
        final String establishChangeId;
        final Set<String> children = new LinkedHashSet<>();
        final List<String> roles = new ArrayList<>(1);
        final Map<String, Integer> serves = new LinkedHashMap<>();
        UnitKind kind;
        String parent;
        String name;
        int establishedDay;
        boolean authority;
        boolean alive = true;

        SimUnit(String id, UnitKind kind, String parent, String name, int establishedDay, String establishChangeId) {
            this.id = id;
            this.kind = kind;
            this.parent = parent;
            this.establishParent = parent;
            this.name = name;
            this.establishedDay = establishedDay;
            this.establishChangeId = establishChangeId;
        }
    }

    private static final class SimRole {
        final String id;
        final String unit;
        String holder;
        int lastDay;

        SimRole(String id, String unit, int lastDay) {
            this.id = id;
            this.unit = unit;
            this.lastDay = lastDay;
        }
    }

    private static final class SimCommittee {
        final String id;
        final Map<String, Integer> members = new LinkedHashMap<>();
        int versions;

        SimCommittee(String id) {
            this.id = id;
        }
    }
}
