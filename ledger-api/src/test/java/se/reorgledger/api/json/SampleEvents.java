package se.reorgledger.api.json;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.assignment.AssignmentCarriedOutEvent;
import se.reorgledger.core.assignment.AssignmentGivenEvent;
import se.reorgledger.core.assignment.TimetableEntry;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.committee.CommitteeDissolvedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.KontorServiceEndedEvent;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.committee.MunicipalityJoinedCommitteeEvent;
import se.reorgledger.core.committee.MunicipalityLeftCommitteeEvent;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.cooperation.CooperationJoinedEvent;
import se.reorgledger.core.cooperation.CooperationLeftEvent;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.decision.AnslagPostedEvent;
import se.reorgledger.core.decision.DecisionAppealedEvent;
import se.reorgledger.core.decision.DecisionKind;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.decision.DecisionRevokedEvent;
import se.reorgledger.core.decision.DelegationsbeslutReportedEvent;
import se.reorgledger.core.decision.LagaKraftRecordedEvent;
import se.reorgledger.core.decision.ProtocolJusteratEvent;
import se.reorgledger.core.decision.RulingGivenEvent;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.core.document.DocumentAttachedEvent;
import se.reorgledger.core.document.DocumentPart;
import se.reorgledger.core.document.DocumentReference;
import se.reorgledger.core.document.DocumentRole;
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

/** One instance of every stored event type, with fixed values, as the golden files hold them. */
final class SampleEvents {

    private static final String ORG = "askersund";
    private static final String DECISION = "ks-2025-11-24-145";
    private static final LocalDate CUTOVER = LocalDate.of(2026, 1, 1);

    private SampleEvents() {
    }

    static List<Object> all() {
        return List.of(
                new OrganisationRegisteredEvent(ORG, "Askersunds kommun"),
                new DecisionRecordedEvent(ORG, DECISION, "Kommunstyrelsen", LocalDate.of(2025, 11, 24), "§ 145",
                        "KS 2025/321", "Ny organisation med kontor", true, DecisionKind.delegationsbeslut,
                        "Kommundirektören", "3.2"),
                new PersonRegisteredEvent(ORG, "malin-rosen", "Malin Rosén"),
                new PersonNameCorrectedEvent(ORG, "malin-rosen", "Malin Rosén", "Stavfel i registret"),
                new ChangePackageRecordedEvent(ORG, DECISION, List.of(DECISION + ".1", DECISION + ".2"),
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                new UnitEstablishedEvent(ORG, "samhallsbyggnadskontoret", "Samhällsbyggnadskontoret", UnitKind.kontor,
                        "kommunforvaltningen", false, CUTOVER, DECISION, DECISION + ".1"),
                new UnitRenamedEvent(ORG, "avdelningen-kns", "Avdelningen för kultur och samhällsengagemang",
                        LocalDate.of(2026, 3, 1), DECISION, DECISION + ".2"),
                new UnitMovedEvent(ORG, "serviceavdelningen", "kommunledningskontoret", CUTOVER, DECISION,
                        DECISION + ".3"),
                new UnitKindChangedEvent(ORG, "ekonomi", UnitKind.stab, CUTOVER, DECISION, DECISION + ".4"),
                new UnitAuthorityStatusSetEvent(ORG, "bygglov", true, CUTOVER, DECISION, DECISION + ".5"),
                new UnitDissolvedEvent(ORG, "tekniska-forvaltningen",
                        List.of("samhallsbyggnadskontoret", "kommunledningskontoret"), CUTOVER, DECISION,
                        DECISION + ".6"),
                new ChefRoleEstablishedEvent(ORG, "kontorschef-sbk", "samhallsbyggnadskontoret", "Kontorschef",
                        CUTOVER, DECISION, DECISION + ".7"),
                new ChefRoleEndedEvent(ORG, "forvaltningschef-teknik", CUTOVER, DECISION, DECISION + ".8"),
                new ChefAppointedEvent(ORG, "kontorschef-sbk", "malin-rosen", CUTOVER, DECISION, DECISION + ".9"),
                new ChefLeftEvent(ORG, "forvaltningschef-teknik", "malin-rosen", CUTOVER, DECISION, DECISION + ".10"),
                new CommitteeRegisteredEvent(ORG, "sydnarkes-miljo-och-byggnamnd", "Sydnärkes miljö- och byggnämnd",
                        CommitteeType.gemensam_namnd, LocalDate.of(2025, 1, 1), DECISION, DECISION + ".11"),
                new CommitteeDissolvedEvent(ORG, "kultur-och-fritidsnamnden", CUTOVER, DECISION, DECISION + ".12"),
                new ReglementeAdoptedEvent(ORG, "kommunstyrelsen", "2026", "KS 2025/400 bilaga 1",
                        "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae", CUTOVER, DECISION,
                        DECISION + ".13"),
                new KontorServiceStartedEvent(ORG, "kommunstyrelsen", "kommunledningskontoret", CUTOVER, DECISION,
                        DECISION + ".14"),
                new KontorServiceEndedEvent(ORG, "kommunstyrelsen", "kommunledningsforvaltningen", CUTOVER, DECISION,
                        DECISION + ".15"),
                new MunicipalityJoinedCommitteeEvent(ORG, "sydnarkes-miljo-och-byggnamnd", "Laxå kommun",
                        LocalDate.of(2025, 1, 1), DECISION, DECISION + ".16"),
                new MunicipalityLeftCommitteeEvent(ORG, "sydnarkes-miljo-och-byggnamnd", "Lekebergs kommun",
                        LocalDate.of(2027, 1, 1), DECISION, DECISION + ".17"),
                new AssignmentGivenEvent(ORG, "uppdrag-2", "Flytt av serviceavdelningen till det nya "
                        + "kommunledningskontoret", "Kommundirektör", "Peter Eineren",
                        List.of("HR-representant", "förvaltningsekonom"),
                        List.of(new TimetableEntry("Juni", "Fastställande av projektuppdrag"),
                                new TimetableEntry("November", "Beslut om genomförande")),
                        LocalDate.of(2025, 6, 18), DECISION, DECISION + ".18"),
                new AssignmentCarriedOutEvent(ORG, "uppdrag-2", CUTOVER, DECISION, DECISION + ".19"),
                new CooperationJoinedEvent(ORG, "sydnarke-it", "Sydnärke IT",
                        "Drift, infrastruktur och gemensamma IT-resurser", "Värdkommunen", "Tre andra kommuner",
                        LocalDate.of(2015, 1, 1), DECISION, DECISION + ".20"),
                new CooperationLeftEvent(ORG, "sydnarke-it", LocalDate.of(2027, 1, 1), DECISION, DECISION + ".21"),
                new EffectiveDateCorrectedEvent(ORG, DECISION + ".3", LocalDate.of(2026, 2, 1),
                        "Flytten sköts upp en månad", "ks-2026-01-26-12", "ks-2026-01-26-12.1"),
                new ChangeAnnulledEvent(ORG, DECISION + ".5", "Beslutet upphävt", "ks-2026-01-26-12",
                        "ks-2026-01-26-12.2"),
                new ProtocolJusteratEvent(ORG, DECISION, LocalDate.of(2025, 11, 27)),
                new AnslagPostedEvent(ORG, DECISION, LocalDate.of(2025, 11, 28)),
                new DecisionAppealedEvent(ORG, DECISION, LocalDate.of(2025, 12, 10), "Förvaltningsrätten i Karlstad",
                        "1234-25"),
                new RulingGivenEvent(ORG, DECISION, LocalDate.of(2026, 3, 12), "Förvaltningsrätten i Karlstad",
                        "1234-25", RulingOutcome.quashedInPart, List.of(DECISION + ".2")),
                new LagaKraftRecordedEvent(ORG, DECISION, LocalDate.of(2026, 4, 3)),
                new DecisionRevokedEvent(ORG, DECISION, LocalDate.of(2027, 1, 1), "kf-2026-11-23-90"),
                new DocumentAttachedEvent(ORG, DECISION, DocumentPart.reglemente, "kommunstyrelsen", "2026",
                        DocumentRole.reglemente, new DocumentReference("Reglemente för kommunstyrelsen 2026.txt",
                        "text/plain; charset=utf-8", 9870,
                        "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13")),
                new DelegationsbeslutReportedEvent(ORG, "kd-2025-12-15-enheter", LocalDate.of(2026, 1, 26),
                        "kommunstyrelsen", "§ 8"));
    }
}
