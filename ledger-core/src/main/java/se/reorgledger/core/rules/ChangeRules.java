package se.reorgledger.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.reorgledger.core.assignment.AssignmentCarriedOutEvent;
import se.reorgledger.core.assignment.AssignmentChangeEvent;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.chef.ChefAppointedEvent;
import se.reorgledger.core.chef.ChefLeftEvent;
import se.reorgledger.core.chef.ChefRoleChangeEvent;
import se.reorgledger.core.chef.ChefRoleEstablishedEvent;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeChangeEvent;
import se.reorgledger.core.committee.CommitteeRegisteredEvent;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.KontorServiceEndedEvent;
import se.reorgledger.core.committee.KontorServiceStartedEvent;
import se.reorgledger.core.committee.MunicipalityJoinedCommitteeEvent;
import se.reorgledger.core.committee.MunicipalityLeftCommitteeEvent;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.cooperation.CooperationChangeEvent;
import se.reorgledger.core.cooperation.CooperationJoinedEvent;
import se.reorgledger.core.cooperation.CooperationState;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.unit.UnitChangeEvent;
import se.reorgledger.core.unit.UnitDissolvedEvent;
import se.reorgledger.core.unit.UnitEstablishedEvent;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.core.unit.UnitKindChangedEvent;
import se.reorgledger.core.unit.UnitMovedEvent;
import se.reorgledger.core.unit.UnitState;

/**
 * The hard rules that a single change must satisfy on its effective date, given the organisation as it stands
 * just before the change. Rules about the whole tree (cycles) are checked once a date's changes are all in.
 */
final class ChangeRules {

    private final OrganisationState state;
    private final Subjects subjects;

    ChangeRules(OrganisationState state, Subjects subjects) {
        this.state = state;
        this.subjects = subjects;
    }

    Optional<RuleViolation> check(DatedChangeEvent change, LocalDate date) {
        if (change instanceof UnitChangeEvent unitChange) {
            return checkUnit(unitChange, date);
        }
        if (change instanceof ChefRoleChangeEvent roleChange) {
            return checkChefRole(roleChange, date);
        }
        if (change instanceof CommitteeChangeEvent committeeChange) {
            return checkCommittee(committeeChange, date);
        }
        if (change instanceof AssignmentCarriedOutEvent carriedOut
                && state.assignment(carriedOut.assignmentId()).isEmpty()) {
            return violation(HardRule.ASSIGNMENT_EXISTS, date, change, List.of(carriedOut.assignmentId()),
                    "On " + date + ", no uppdrag '" + carriedOut.assignmentId() + "' has been given");
        }
        if (change instanceof AssignmentChangeEvent) {
            return Optional.empty();
        }
        if (change instanceof CooperationChangeEvent cooperationChange) {
            return checkCooperation(cooperationChange, date);
        }
        throw new IllegalArgumentException("unknown change " + change.getClass().getName());
    }

    private Optional<RuleViolation> checkCooperation(CooperationChangeEvent change, LocalDate date) {
        if (change instanceof CooperationJoinedEvent) {
            return Optional.empty();
        }
        Optional<CooperationState> cooperation = state.everJoinedCooperation(change.cooperationId());
        if (cooperation.isEmpty() || cooperation.get().isLeft() || cooperation.get().joinedOn().isAfter(date)) {
            return violation(HardRule.COOPERATION_MEMBERSHIP, date, change, List.of(change.cooperationId()),
                    "On " + date + ", the kommun does not take part in the cooperation '" + change.cooperationId()
                            + "'");
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> checkUnit(UnitChangeEvent change, LocalDate date) {
        if (change instanceof UnitEstablishedEvent established) {
            if (established.kind() == UnitKind.kommun) {
                return violation(HardRule.KOMMUN_IS_ROOT, date, change, List.of(established.unitId()),
                        "'" + established.name() + "' cannot be established as a kommun: the kommun is the root of "
                                + "its own organisation");
            }
            return parentExists(change, established.parentId(), date,
                    "'" + established.name() + "' (" + established.unitId() + ") cannot be established under ");
        }
        UnitState unit = state.unit(change.unitId()).orElse(null);
        if (unit == null) {
            return violation(HardRule.UNIT_EXISTS, date, change, List.of(change.unitId()),
                    "On " + date + ", " + subjects.unitAbsence(change.unitId()));
        }
        if (change instanceof UnitMovedEvent moved) {
            if (unit.isRoot()) {
                return kommunIsFixed(change, date, "moved");
            }
            return parentExists(change, moved.parentId(), date, subjects.unit(unit.id()) + " cannot be moved under ");
        }
        if (change instanceof UnitKindChangedEvent kindChanged
                && (unit.isRoot() || kindChanged.kind() == UnitKind.kommun)) {
            return violation(HardRule.KOMMUN_IS_ROOT, date, change, List.of(unit.id()),
                    "On " + date + ", " + subjects.unit(unit.id()) + " cannot become a "
                            + kindChanged.kind().label() + ": only the root is a kommun, and it stays one");
        }
        if (change instanceof UnitDissolvedEvent dissolved) {
            return unit.isRoot() ? kommunIsFixed(change, date, "dissolved") : checkDissolution(dissolved, date);
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> parentExists(UnitChangeEvent change, String parentId, LocalDate date,
                                                 String what) {
        if (state.unit(parentId).isPresent()) {
            return Optional.empty();
        }
        return violation(HardRule.PARENT_EXISTS, date, change, List.of(change.unitId(), parentId),
                what + subjects.unit(parentId) + " on " + date + ": " + subjects.unitAbsence(parentId));
    }

    private Optional<RuleViolation> kommunIsFixed(UnitChangeEvent change, LocalDate date, String verb) {
        return violation(HardRule.KOMMUN_IS_ROOT, date, change, List.of(change.unitId()),
                subjects.unit(change.unitId()) + " is the root of the organisation and cannot be " + verb);
    }

    private Optional<RuleViolation> checkDissolution(UnitDissolvedEvent dissolved, LocalDate date) {
        String unitId = dissolved.unitId();
        List<UnitState> children = state.children(unitId);
        if (!children.isEmpty()) {
            List<String> ids = new ArrayList<>(List.of(unitId));
            children.forEach(child -> ids.add(child.id()));
            return violation(HardRule.PARENT_EXISTS, date, dissolved, ids,
                    subjects.unit(unitId) + " cannot be dissolved on " + date + " while "
                            + String.join(", ", children.stream().map(child -> subjects.unit(child.id())).toList())
                            + " still belong to it: move or dissolve them first");
        }
        List<ChefRoleState> roles = state.chefRoles(unitId);
        if (!roles.isEmpty()) {
            List<String> ids = new ArrayList<>(List.of(unitId));
            roles.forEach(role -> ids.add(role.id()));
            return violation(HardRule.CHEF_ROLES_END_WITH_UNIT, date, dissolved, ids,
                    subjects.unit(unitId) + " cannot be dissolved on " + date + " while its "
                            + String.join(", ", roles.stream().map(role -> subjects.chefRole(role.id())).toList())
                            + " has not ended: end the role in the same package");
        }
        if (!state.committeesServedBy(unitId).isEmpty()) {
            List<String> ids = new ArrayList<>(List.of(unitId));
            ids.addAll(state.committeesServedBy(unitId));
            return violation(HardRule.SERVICES_END_WITH_UNIT, date, dissolved, ids,
                    subjects.unit(unitId) + " cannot be dissolved on " + date + " while it still serves "
                            + String.join(", ", state.committeesServedBy(unitId).stream().map(subjects::committee)
                            .toList()));
        }
        for (String successor : dissolved.successorIds()) {
            if (state.unit(successor).isEmpty()) {
                return violation(HardRule.SUCCESSOR_EXISTS, date, dissolved, List.of(unitId, successor),
                        subjects.unit(successor) + " cannot succeed " + subjects.unit(unitId) + " on " + date
                                + ": " + subjects.unitAbsence(successor));
            }
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> checkChefRole(ChefRoleChangeEvent change, LocalDate date) {
        if (change instanceof ChefRoleEstablishedEvent established) {
            if (state.unit(established.unitId()).isPresent()) {
                return Optional.empty();
            }
            return violation(HardRule.UNIT_EXISTS, date, change, List.of(established.unitId(), change.chefRoleId()),
                    "Chef role '" + established.title() + "' (" + change.chefRoleId()
                            + ") cannot be established on " + date + ": " + subjects.unitAbsence(established.unitId()));
        }
        ChefRoleState role = state.everEstablishedChefRole(change.chefRoleId()).filter(r -> !r.isEnded()).orElse(null);
        if (role == null) {
            return violation(HardRule.CHEF_ROLE_EXISTS, date, change, List.of(change.chefRoleId()),
                    "On " + date + ", " + subjects.chefRoleAbsence(change.chefRoleId()));
        }
        if (change instanceof ChefAppointedEvent appointed) {
            if (state.personName(appointed.personId()) == null) {
                return violation(HardRule.PERSON_REGISTERED, date, change, List.of(appointed.personId()),
                        "Person '" + appointed.personId() + "' is not in the person register: register the person "
                                + "before appointing them to " + subjects.chefRole(role.id()));
            }
            if (!role.isVacant()) {
                return violation(HardRule.ONE_HOLDER_PER_CHEF_ROLE, date, change,
                        List.of(role.id(), role.holderId(), appointed.personId()),
                        person(appointed.personId()) + " cannot be appointed to " + subjects.chefRole(role.id())
                                + " on " + date + ": " + person(role.holderId()) + " holds it then; "
                                + "record that they leave it first");
            }
        }
        if (change instanceof ChefLeftEvent left && !left.personId().equals(role.holderId())) {
            return violation(HardRule.ONLY_THE_HOLDER_LEAVES, date, change, List.of(role.id(), left.personId()),
                    person(left.personId()) + " cannot leave " + subjects.chefRole(role.id()) + " on " + date
                            + ": " + (role.isVacant() ? "the role is vacant then" : person(role.holderId())
                            + " holds it then"));
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> checkCommittee(CommitteeChangeEvent change, LocalDate date) {
        if (change instanceof CommitteeRegisteredEvent) {
            return Optional.empty();
        }
        CommitteeState committee = state.everRegisteredCommittee(change.committeeId())
                .filter(c -> !c.isDissolved()).orElse(null);
        if (committee == null) {
            return violation(HardRule.COMMITTEE_EXISTS, date, change, List.of(change.committeeId()),
                    "On " + date + ", " + subjects.committeeAbsence(change.committeeId()));
        }
        if (change instanceof ReglementeAdoptedEvent adopted && committee.hasAdopted(adopted.version())) {
            return violation(HardRule.REGLEMENTE_VERSION_UNIQUE, date, change, List.of(committee.id()),
                    "Reglemente version '" + adopted.version() + "' of " + subjects.committee(committee.id())
                            + " has already been adopted");
        }
        if (change instanceof KontorServiceStartedEvent started) {
            return checkServiceStart(started, committee, date);
        }
        if (change instanceof KontorServiceEndedEvent ended && !committee.servingUnitIds().contains(ended.unitId())) {
            return violation(HardRule.SERVICE_EXISTS, date, change, List.of(ended.unitId(), committee.id()),
                    subjects.unit(ended.unitId()) + " does not serve " + subjects.committee(committee.id())
                            + " on " + date + ", so it cannot stop");
        }
        if (change instanceof MunicipalityJoinedCommitteeEvent joined) {
            if (committee.type() != CommitteeType.gemensam_namnd) {
                return membership(change, committee, joined.municipality() + " cannot join "
                        + subjects.committee(committee.id()) + ": it is not a gemensam nämnd");
            }
            if (committee.memberMunicipalities().contains(joined.municipality())) {
                return membership(change, committee, joined.municipality() + " is already a member of "
                        + subjects.committee(committee.id()) + " on " + date);
            }
        }
        if (change instanceof MunicipalityLeftCommitteeEvent left
                && !committee.memberMunicipalities().contains(left.municipality())) {
            return membership(change, committee, left.municipality() + " cannot leave "
                    + subjects.committee(committee.id()) + ": it is not a member on " + date);
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> checkServiceStart(KontorServiceStartedEvent started, CommitteeState committee,
                                                      LocalDate date) {
        UnitState unit = state.unit(started.unitId()).orElse(null);
        if (unit == null) {
            return violation(HardRule.UNIT_EXISTS, date, started, List.of(started.unitId(), committee.id()),
                    "On " + date + ", " + subjects.unitAbsence(started.unitId()));
        }
        if (unit.kind() != UnitKind.kontor && unit.kind() != UnitKind.forvaltning) {
            return violation(HardRule.SERVING_UNIT_KIND, date, started, List.of(unit.id(), committee.id()),
                    subjects.unit(unit.id()) + " cannot serve " + subjects.committee(committee.id())
                            + ": only a kontor or a förvaltning serves a nämnd");
        }
        if (committee.servingUnitIds().contains(unit.id())) {
            return violation(HardRule.SERVICE_EXISTS, date, started, List.of(unit.id(), committee.id()),
                    subjects.unit(unit.id()) + " already serves " + subjects.committee(committee.id()) + " on "
                            + date);
        }
        return Optional.empty();
    }

    private Optional<RuleViolation> membership(CommitteeChangeEvent change, CommitteeState committee,
                                               String message) {
        return violation(HardRule.MEMBERSHIP_IN_GEMENSAM_NAMND, change.effectiveDate(), change,
                List.of(committee.id()), message);
    }

    private String person(String personId) {
        String name = state.personName(personId);
        return name == null ? "person '" + personId + "'" : name + " (" + personId + ")";
    }

    private static Optional<RuleViolation> violation(HardRule rule, LocalDate date, DatedChangeEvent change,
                                                     List<String> subjectIds, String message) {
        return Optional.of(new RuleViolation(rule, date, change.changeId(), subjectIds, message));
    }
}
