package se.reorgledger.projections.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.reorgledger.core.assignment.AssignmentChangeEvent;
import se.reorgledger.core.assignment.AssignmentGivenEvent;
import se.reorgledger.core.assignment.AssignmentState;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleEndedEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeDissolvedEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.KontorServiceEndedEvent;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.committee.MunicipalityJoinedCommitteeEvent;
import se.reorgledger.core.committee.MunicipalityLeftCommitteeEvent;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.cooperation.CooperationChangeEvent;
import se.reorgledger.core.cooperation.CooperationJoinedEvent;
import se.reorgledger.core.cooperation.CooperationState;
import se.reorgledger.core.unit.UnitAuthorityStatusSetEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKindChangedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitRenamedEvent;
import se.reorgledger.core.unit.UnitState;

/**
 * One line in Swedish saying what a change did, with names as of its effective date: "Serviceavdelningen flyttas
 * från Tekniska förvaltningen till Kommunledningskontoret". {@code before} is the entity's state just before the
 * change, which names what a change replaces (the former parent, the former name).
 */
public final class Summary {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private Summary() {
    }

    public static String of(DatedChangeEvent change, Object before, LocalDate date, NamesAt names) {
        if (change instanceof UnitEstablishedEvent established) {
            return established.name() + " inrättas som " + established.kind().label() + " under "
                    + names.unit(established.parentId(), date);
        }
        if (change instanceof UnitRenamedEvent renamed) {
            return unitName(before, renamed.unitId(), date, names) + " byter namn till " + renamed.name();
        }
        if (change instanceof UnitMovedEvent moved) {
            String from = before instanceof UnitState unit ? " från " + names.unit(unit.parentId(), date) : "";
            return unitName(before, moved.unitId(), date, names) + " flyttas" + from + " till "
                    + names.unit(moved.parentId(), date);
        }
        if (change instanceof UnitKindChangedEvent kindChanged) {
            String from = before instanceof UnitState unit ? " från " + unit.kind().label() : "";
            return unitName(before, kindChanged.unitId(), date, names) + " ändras" + from + " till "
                    + kindChanged.kind().label();
        }
        if (change instanceof UnitAuthorityStatusSetEvent authority) {
            return unitName(before, authority.unitId(), date, names)
                    + (authority.authority() ? " får myndighetsutövning" : " har inte längre myndighetsutövning");
        }
        if (change instanceof UnitDissolvedEvent dissolved) {
            String successors = dissolved.successorIds().isEmpty() ? ""
                    : ", verksamheten övergår till " + list(dissolved.successorIds().stream()
                    .map(id -> names.unit(id, date)).toList());
            return unitName(before, dissolved.unitId(), date, names) + " avvecklas" + successors;
        }
        if (change instanceof AssignmentChangeEvent assignmentChange) {
            return uppdrag(assignmentChange, before);
        }
        if (change instanceof CooperationChangeEvent cooperationChange) {
            return cooperation(cooperationChange, before);
        }
        return chefRoleOrCommittee(change, before, date, names);
    }

    private static String chefRoleOrCommittee(DatedChangeEvent change, Object before, LocalDate date,
                                              NamesAt names) {
        if (change instanceof ChefRoleEstablishedEvent established) {
            return assignment(established.title()) + " för " + names.unit(established.unitId(), date) + " inrättas";
        }
        ChefRoleState role = before instanceof ChefRoleState state ? state : null;
        String title = role == null ? "chef" : role.title();
        if (change instanceof ChefRoleEndedEvent) {
            String unit = role == null ? "" : " för " + names.unit(role.unitId(), date);
            return assignment(title) + unit + " upphör";
        }
        if (change instanceof ChefAppointedEvent appointed) {
            return names.person(appointed.personId()) + " tillträder som " + lowerFirst(title);
        }
        if (change instanceof ChefLeftEvent left) {
            return names.person(left.personId()) + " lämnar uppdraget som " + lowerFirst(title);
        }
        if (change instanceof CommitteeRegisteredEvent registered) {
            return registered.name() + " inrättas som " + registered.type().label();
        }
        if (change instanceof CommitteeDissolvedEvent dissolved) {
            return names.committee(dissolved.committeeId(), date) + " upphör";
        }
        if (change instanceof ReglementeAdoptedEvent adopted) {
            return "Reglemente " + adopted.version() + " för " + names.committee(adopted.committeeId(), date)
                    + " träder i kraft";
        }
        if (change instanceof KontorServiceStartedEvent started) {
            return names.unit(started.unitId(), date) + " börjar betjäna "
                    + names.committee(started.committeeId(), date);
        }
        if (change instanceof KontorServiceEndedEvent ended) {
            return names.unit(ended.unitId(), date) + " slutar betjäna " + names.committee(ended.committeeId(), date);
        }
        if (change instanceof MunicipalityJoinedCommitteeEvent joined) {
            return joined.municipality() + " går med i " + names.committee(joined.committeeId(), date);
        }
        if (change instanceof MunicipalityLeftCommitteeEvent left) {
            return left.municipality() + " lämnar " + names.committee(left.committeeId(), date);
        }
        return change.getClass().getSimpleName();
    }

    /** An uppdrag is given, or a decision carries it out: the only two changes an uppdrag has. */
    private static String uppdrag(AssignmentChangeEvent change, Object before) {
        if (change instanceof AssignmentGivenEvent given) {
            return "Uppdraget \"" + given.title() + "\" ges, med " + given.owner() + " som ägare och "
                    + given.leader() + " som uppdragsledare";
        }
        String uppdrag = before instanceof AssignmentState assignment ? "\"" + assignment.title() + "\""
                : change.assignmentId();
        return "Beslutet genomför uppdraget " + uppdrag;
    }

    /** The kommun joins a cooperation, or leaves it: the only two changes a cooperation has. */
    private static String cooperation(CooperationChangeEvent change, Object before) {
        if (change instanceof CooperationJoinedEvent joined) {
            return "Kommunen går med i samarbetet " + joined.name() + " (" + lowerFirst(joined.scope())
                    + "; värd: " + joined.host() + ")";
        }
        String name = before instanceof CooperationState cooperation ? cooperation.name() : change.cooperationId();
        return "Kommunen lämnar samarbetet " + name;
    }

    private static String unitName(Object before, String unitId, LocalDate date, NamesAt names) {
        return before instanceof UnitState unit ? unit.name() : names.unit(unitId, date);
    }

    /** "Förvaltningschef" becomes "Förvaltningschefsuppdraget"; a title of several words is quoted instead. */
    static String assignment(String title) {
        return title.contains(" ") ? "Uppdraget som " + lowerFirst(title) : title + "suppdraget";
    }

    /** "Kontorschef" reads "kontorschef" mid-sentence; an abbreviation such as "IT-chef" keeps its capitals. */
    static String lowerFirst(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && !Character.isUpperCase(title.charAt(1))) {
            return title.substring(0, 1).toLowerCase(SWEDISH) + title.substring(1);
        }
        return title;
    }

    private static String list(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }
}
