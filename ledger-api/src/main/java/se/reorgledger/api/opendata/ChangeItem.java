package se.reorgledger.api.opendata;

import java.time.LocalDate;
import java.util.List;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.core.unit.UnitKind;
import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.structure.UnitRef;

/**
 * One change between two dates, flattened for the open data: what it did ({@code kind}), to which unit, chef
 * role or nämnd, the day it took effect and its cause (change and decision). Fields that do not apply to a kind
 * are null (or empty); {@code successors} are the units a dissolved unit's parts went to.
 */
record ChangeItem(String kind, LocalDate effectiveDate, UnitRef unit, UnitKind unitKind, UnitRef parentBefore,
                  UnitRef parentAfter, String previousName, List<UnitRef> successors, String chefRoleId,
                  String chefRoleTitle, PersonRef holderBefore, PersonRef holderAfter, String committeeId,
                  String committeeName, String reglemente, Cause cause) {

    static final String ESTABLISHED = "established";
    static final String DISSOLVED = "dissolved";
    static final String MOVED = "moved";
    static final String RENAMED = "renamed";
    static final String CHEF_ROLE_ESTABLISHED = "chefRoleEstablished";
    static final String CHEF_ROLE_ENDED = "chefRoleEnded";
    static final String APPOINTMENT = "appointment";
    static final String REGLEMENTE = "reglemente";

    ChangeItem {
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    boolean illustrative() {
        return cause != null && cause.decision() != null && cause.decision().illustrative();
    }
}
