package se.reorgledger.projections.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.assignment.CarryOutAssignment;
import se.reorgledger.core.assignment.GiveAssignment;
import se.reorgledger.core.assignment.TimetableEntry;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.chef.AppointChef;
import se.reorgledger.core.chef.EndChefRole;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.EndKontorService;
import se.reorgledger.core.committee.JoinCommittee;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.cooperation.JoinCooperation;
import se.reorgledger.core.cooperation.LeaveCooperation;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.organisation.RecordChangePackageCommand;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.core.person.CorrectPersonNameCommand;
import se.reorgledger.core.person.RegisterPersonCommand;
import se.reorgledger.testkit.InMemoryLedger;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.projections.reference.Projected;
import se.reorgledger.testkit.reference.Recorded;

/**
 * A small Askersund after the PM, recorded through the real aggregate, for the projection tests to ask about.
 * The old organisation from 2024; the November 2025 decision that makes the Tekniska förvaltningen's
 * Serviceavdelningen part of the new Kommunledningskontoret from 2026-01-01; a later correction that Malin Rosén
 * takes up the kontorschef role on 2026-02-01, not on New Year's Day; a renaming that was annulled.
 * The register first spells her name "Malin Rosen" and is corrected after the November decision.
 * Each step keeps the time it was recorded at, so tests can ask what was known before and after it.
 */
public final class AskersundLedger {

    public static final String KOMMUN = "askersund";
    public static final LocalDate OLD_ORGANISATION = LocalDate.of(2024, 1, 1);
    public static final LocalDate NEW_YEAR_2026 = LocalDate.of(2026, 1, 1);
    public static final LocalDate FEBRUARY_2026 = LocalDate.of(2026, 2, 1);

    public static final String KLF = "klf";
    public static final String TEKNISKA = "tekniska";
    public static final String SERVICE = "serviceavdelningen";
    public static final String KLK = "klk";
    public static final String TEKNISKA_FORVALTNINGSCHEF = "tekniska-forvaltningschef";
    public static final String KLK_KONTORSCHEF = "klk-kontorschef";
    public static final String BYGGNAMND = "bygg-och-miljonamnden";
    public static final String OVERFORMYNDARE = "overformyndarnamnden";

    public static final String MALIN_APPOINTED = "ks-2025-11-24-145.9";
    public static final String SERVICE_MOVED = "ks-2025-11-24-145.2";
    public static final String OLD_ORGANISATION_DECISION = "kf-2023-11-20-90";
    public static final String NOVEMBER_DECISION = "ks-2025-11-24-145";
    public static final String CORRECTION_DECISION = "ks-2026-01-20-8";
    public static final String RENAME_DECISION = "ks-2026-03-02-30";
    public static final String ANNULMENT_DECISION = "ks-2026-03-30-41";
    public static final String UPPDRAG = "uppdrag-2";
    public static final String COOPERATION = "sydnarke-it";
    public static final String COOPERATION_JOINED = "kf-2014-11-17-80";
    public static final String COOPERATION_LEFT = "kf-2026-06-15-50";
    public static final String UPPDRAG_GIVEN = "kd-2025-06-18-1";
    public static final String UPPDRAG_CARRIED_OUT = "ks-2025-11-18-146";

    private final InMemoryLedger ledger = new InMemoryLedger();
    private Instant beforeNovemberDecision;
    private Instant afterNovemberDecision;
    private Instant afterNameCorrection;
    private Instant afterCorrection;
    private Instant afterRename;
    private Instant afterAnnulment;

    private AskersundLedger() {
    }

    public static AskersundLedger recorded() {
        AskersundLedger askersund = new AskersundLedger();
        askersund.record();
        return askersund;
    }

    /** The same history, then a decision that the 2026 reglemente comes into force on 1 March instead. */
    public static AskersundLedger recordedWithReglementePostponed() {
        AskersundLedger askersund = recorded();
        askersund.decision("kf-2026-02-16-12", "Kommunfullmäktige", LocalDate.of(2026, 2, 16), "Reglemente",
                new CorrectEffectiveDate(NOVEMBER_DECISION + ".10", LocalDate.of(2026, 3, 1),
                        "Reglementet gäller från den 1 mars"));
        return askersund;
    }

    /** The same history, then the PM's second uppdrag given in June 2025 and carried out in November. */
    public static AskersundLedger recordedWithUppdrag() {
        AskersundLedger askersund = recorded();
        askersund.decision(UPPDRAG_GIVEN, "Kommundirektören", LocalDate.of(2025, 6, 18), "Uppdrag",
                new GiveAssignment(UPPDRAG, "Ny avdelning för kultur, näringsliv och samhällsengagemang",
                        "Kommundirektören", "Peter Eineren", List.of("Avdelningschefer"),
                        List.of(new TimetableEntry("Juni-augusti", "Kartläggning")), LocalDate.of(2025, 6, 18)));
        askersund.decision(UPPDRAG_CARRIED_OUT, "Kommunstyrelsen", LocalDate.of(2025, 11, 18), "Ny avdelning",
                new CarryOutAssignment(UPPDRAG, LocalDate.of(2025, 11, 18)));
        return askersund;
    }

    /** The same history, then Sydnärke IT joined in 2015 and left at the end of 2026. */
    public static AskersundLedger recordedWithCooperation() {
        AskersundLedger askersund = recorded();
        askersund.decision(COOPERATION_JOINED, "Kommunfullmäktige", LocalDate.of(2014, 11, 17), "IT-samverkan",
                new JoinCooperation(COOPERATION, "Sydnärke IT", "Drift, infrastruktur och gemensamma IT-resurser",
                        "Värdkommunen", "Tre andra kommuner", LocalDate.of(2015, 1, 1)));
        askersund.decision(COOPERATION_LEFT, "Kommunfullmäktige", LocalDate.of(2026, 6, 15), "Ny IT-modell",
                new LeaveCooperation(COOPERATION, LocalDate.of(2027, 1, 1)));
        return askersund;
    }

    private void record() {
        ledger.send(new RegisterOrganisationCommand(KOMMUN, "Askersunds kommun"));
        ledger.send(new RegisterPersonCommand(KOMMUN, "per-holm", "Per Holm"));
        ledger.send(new RegisterPersonCommand(KOMMUN, "malin-rosen", "Malin Rosen"));
        decision(OLD_ORGANISATION_DECISION, "Kommunfullmäktige", LocalDate.of(2023, 11, 20), "Förvaltningsorganisation",
                new EstablishUnit(KLF, "Kommunledningsförvaltningen", UnitKind.forvaltning, KOMMUN, false,
                        OLD_ORGANISATION),
                new EstablishUnit(TEKNISKA, "Tekniska förvaltningen", UnitKind.forvaltning, KOMMUN, false,
                        OLD_ORGANISATION),
                new EstablishUnit(SERVICE, "Serviceavdelningen", UnitKind.avdelning, TEKNISKA, false,
                        OLD_ORGANISATION),
                new EstablishChefRole(TEKNISKA_FORVALTNINGSCHEF, TEKNISKA, "Förvaltningschef", OLD_ORGANISATION),
                new AppointChef(TEKNISKA_FORVALTNINGSCHEF, "per-holm", OLD_ORGANISATION),
                new RegisterCommittee(BYGGNAMND, "Bygg- och miljönämnden", CommitteeType.namnd, OLD_ORGANISATION),
                new AdoptReglemente(BYGGNAMND, "2024", "KF 2023-11-20 § 90", null, OLD_ORGANISATION),
                new RegisterCommittee(OVERFORMYNDARE, "Överförmyndarnämnden", CommitteeType.gemensam_namnd,
                        OLD_ORGANISATION),
                new JoinCommittee(OVERFORMYNDARE, "Laxå", OLD_ORGANISATION),
                new JoinCommittee(OVERFORMYNDARE, "Lekeberg", OLD_ORGANISATION),
                new StartKontorService(TEKNISKA, BYGGNAMND, OLD_ORGANISATION));
        beforeNovemberDecision = halfAMinuteAgo();
        decision(NOVEMBER_DECISION, "Kommunstyrelsen", LocalDate.of(2025, 11, 24), "En kommunförvaltning",
                new EstablishUnit(KLK, "Kommunledningskontoret", UnitKind.kontor, KOMMUN, false, NEW_YEAR_2026),
                new MoveUnit(SERVICE, KLK, NEW_YEAR_2026),
                new EndChefRole(TEKNISKA_FORVALTNINGSCHEF, NEW_YEAR_2026),
                new EndKontorService(TEKNISKA, BYGGNAMND, NEW_YEAR_2026),
                new StartKontorService(KLK, BYGGNAMND, NEW_YEAR_2026),
                new DissolveUnit(TEKNISKA, List.of(KLK), NEW_YEAR_2026),
                new DissolveUnit(KLF, List.of(KLK), NEW_YEAR_2026),
                new EstablishChefRole(KLK_KONTORSCHEF, KLK, "Kontorschef", NEW_YEAR_2026),
                new AppointChef(KLK_KONTORSCHEF, "malin-rosen", NEW_YEAR_2026),
                new AdoptReglemente(BYGGNAMND, "2026", "KF 2025-12-15 § 120", null, NEW_YEAR_2026));
        afterNovemberDecision = halfAMinuteAgo();
        ledger.send(new CorrectPersonNameCommand(KOMMUN, "malin-rosen", "Malin Rosén", "Stavningen i registret"));
        afterNameCorrection = halfAMinuteAgo();
        decision(CORRECTION_DECISION, "Kommunstyrelsen", LocalDate.of(2026, 1, 20), "Tillträde kontorschef",
                new CorrectEffectiveDate(MALIN_APPOINTED, FEBRUARY_2026, "Tillträdet sköts upp en månad"));
        afterCorrection = halfAMinuteAgo();
        decision(RENAME_DECISION, "Kommunstyrelsen", LocalDate.of(2026, 3, 2), "Nytt namn på avdelningen",
                new RenameUnit(SERVICE, "Service- och fastighetsavdelningen", LocalDate.of(2026, 4, 1)));
        afterRename = halfAMinuteAgo();
        decision(ANNULMENT_DECISION, "Kommunstyrelsen", LocalDate.of(2026, 3, 30), "Namnfrågan utreds",
                new AnnulChange(RENAME_DECISION + ".1", "Namnfrågan utreds vidare"));
        afterAnnulment = halfAMinuteAgo();
    }

    /** Records one more command, as the kommunsekreterare; returns a moment after it was recorded. */
    public Instant recordAlso(Object command) {
        ledger.send(command, "kommunsekreteraren");
        return halfAMinuteAgo();
    }

    /** After everything recorded so far. */
    public Instant latest() {
        return halfAMinuteAgo();
    }

    /** Between the last command and the next: the ledger's clock moves one minute per command. */
    private Instant halfAMinuteAgo() {
        return ledger.now().minusSeconds(30);
    }

    public LedgerProjection projection() {
        return Projected.from(events());
    }

    public List<RecordedEvent> events() {
        return Recorded.events(ledger);
    }

    /** Before the November 2025 decision was recorded: the old organisation only. */
    public Instant beforeNovemberDecision() {
        return beforeNovemberDecision;
    }

    public Instant afterNovemberDecision() {
        return afterNovemberDecision;
    }

    /** After the person register corrected "Malin Rosen" to "Malin Rosén". */
    public Instant afterNameCorrection() {
        return afterNameCorrection;
    }

    public Instant afterCorrection() {
        return afterCorrection;
    }

    public Instant afterRename() {
        return afterRename;
    }

    public Instant afterAnnulment() {
        return afterAnnulment;
    }

    private void decision(String decisionId, String organ, LocalDate decidedOn, String title, Change... changes) {
        ledger.send(new RecordDecisionCommand(KOMMUN,
                new Decision(decisionId, organ, decidedOn, "§ " + decisionId.substring(decisionId.lastIndexOf('-') + 1),
                        "KS 2025/" + decisionId.length(), title, true)), "kommunsekreteraren");
        ledger.send(new RecordChangePackageCommand(KOMMUN, decisionId, List.of(changes), false), "registratorn");
    }
}
