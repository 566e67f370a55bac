package se.reorgledger.core.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.core.committee.CommitteeState;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.unit.UnitState;

/** How a violation names the things it is about: by name where the ledger knows one, always with the id. */
final class Subjects {

    private final OrganisationState state;
    private final Supplier<Map<String, LocalDate>> findEstablishmentDates;
    private Map<String, LocalDate> establishmentDates;

    /** @param establishmentDates when each unit, chef role and nämnd of the timeline first comes into being */
    Subjects(OrganisationState state, Supplier<Map<String, LocalDate>> establishmentDates) {
        this.state = state;
        this.findEstablishmentDates = establishmentDates;
    }

    private LocalDate establishedOn(String id) {
        if (establishmentDates == null) {
            establishmentDates = findEstablishmentDates.get();
        }
        return establishmentDates.get(id);
    }

    String unit(String unitId) {
        return state.everEstablishedUnit(unitId)
                .map(unit -> unit.kind().label() + " '" + unit.name() + "' (" + unitId + ")")
                .orElse("unit '" + unitId + "'");
    }

    String chefRole(String chefRoleId) {
        return state.everEstablishedChefRole(chefRoleId)
                .map(role -> "chef role '" + role.title() + "' (" + chefRoleId + ")")
                .orElse("chef role '" + chefRoleId + "'");
    }

    String committee(String committeeId) {
        return state.everRegisteredCommittee(committeeId)
                .map(committee -> committee.type().label() + " '" + committee.name() + "' (" + committeeId + ")")
                .orElse("nämnd '" + committeeId + "'");
    }

    /** Why a unit does not exist on a date: not yet, no longer, or never. */
    String unitAbsence(String unitId) {
        UnitState unit = state.everEstablishedUnit(unitId).orElse(null);
        if (unit != null && unit.isDissolved()) {
            return unit(unitId) + " was dissolved on " + unit.dissolvedOn();
        }
        return notYet(unit(unitId), "established", establishedOn(unitId));
    }

    String chefRoleAbsence(String chefRoleId) {
        ChefRoleState role = state.everEstablishedChefRole(chefRoleId).orElse(null);
        if (role != null && role.isEnded()) {
            return chefRole(chefRoleId) + " ended on " + role.endedOn();
        }
        return notYet(chefRole(chefRoleId), "established", establishedOn(chefRoleId));
    }

    String committeeAbsence(String committeeId) {
        CommitteeState committee = state.everRegisteredCommittee(committeeId).orElse(null);
        if (committee != null && committee.isDissolved()) {
            return committee(committeeId) + " was dissolved on " + committee.dissolvedOn();
        }
        return notYet(committee(committeeId), "registered", establishedOn(committeeId));
    }

    private static String notYet(String subject, String verb, LocalDate from) {
        return from == null
                ? subject + " has never been " + verb
                : subject + " is not " + verb + " until " + from;
    }
}
