package se.reorgledger.core.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import se.reorgledger.core.assignment.CarryOutAssignment;
import se.reorgledger.core.assignment.GiveAssignment;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.chef.AppointChef;
import se.reorgledger.core.chef.ChefLeaves;
import se.reorgledger.core.chef.EndChefRole;
import se.reorgledger.core.chef.EstablishChefRole;
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.committee.DissolveCommittee;
import se.reorgledger.core.committee.EndKontorService;
import se.reorgledger.core.committee.JoinCommittee;
import se.reorgledger.core.committee.LeaveCommittee;
import se.reorgledger.core.committee.RegisterCommittee;
import se.reorgledger.core.committee.StartKontorService;
import se.reorgledger.core.cooperation.JoinCooperation;
import se.reorgledger.core.cooperation.LeaveCooperation;
import se.reorgledger.core.correction.AnnulChange;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.unit.ChangeUnitKind;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.SetUnitAuthority;

/**
 * The names by which a package's changes are written, in the API and in scenario files alike
 * ({@code {"type": "moveUnit", ...}}). The names are published: once in use, never renamed.
 */
public final class ChangeVocabulary {

    private static final Map<String, Class<? extends Change>> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("establishUnit", EstablishUnit.class);
        TYPES.put("renameUnit", RenameUnit.class);
        TYPES.put("moveUnit", MoveUnit.class);
        TYPES.put("changeUnitKind", ChangeUnitKind.class);
        TYPES.put("setUnitAuthority", SetUnitAuthority.class);
        TYPES.put("dissolveUnit", DissolveUnit.class);
        TYPES.put("establishChefRole", EstablishChefRole.class);
        TYPES.put("endChefRole", EndChefRole.class);
        TYPES.put("appointChef", AppointChef.class);
        TYPES.put("chefLeaves", ChefLeaves.class);
        TYPES.put("registerCommittee", RegisterCommittee.class);
        TYPES.put("dissolveCommittee", DissolveCommittee.class);
        TYPES.put("adoptReglemente", AdoptReglemente.class);
        TYPES.put("startKontorService", StartKontorService.class);
        TYPES.put("endKontorService", EndKontorService.class);
        TYPES.put("joinCommittee", JoinCommittee.class);
        TYPES.put("leaveCommittee", LeaveCommittee.class);
        TYPES.put("giveAssignment", GiveAssignment.class);
        TYPES.put("carryOutAssignment", CarryOutAssignment.class);
        TYPES.put("joinCooperation", JoinCooperation.class);
        TYPES.put("leaveCooperation", LeaveCooperation.class);
        TYPES.put("correctEffectiveDate", CorrectEffectiveDate.class);
        TYPES.put("annulChange", AnnulChange.class);
    }

    private ChangeVocabulary() {
    }

    public static Map<String, Class<? extends Change>> types() {
        return java.util.Collections.unmodifiableMap(TYPES);
    }
}
