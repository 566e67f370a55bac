package se.reorgledger.core.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A nämnd (or KF, KS) as it stands after every change up to some date: its reglemente in force, the kontor
 * that serve it and, for a gemensam nämnd, the member kommuner beside the host.
 */
public record CommitteeState(
        String id,
        String name,
        CommitteeType type,
        LocalDate registeredOn,
        LocalDate dissolvedOn,
        List<ReglementeVersion> reglementen,
        List<String> servingUnitIds,
        List<String> memberMunicipalities) {

    public CommitteeState {
        reglementen = List.copyOf(reglementen);
        servingUnitIds = List.copyOf(servingUnitIds);
        memberMunicipalities = List.copyOf(memberMunicipalities);
    }

    public boolean isDissolved() {
        return dissolvedOn != null;
    }

    /** The newest version adopted so far, which is the one in force. */
    public ReglementeVersion reglementeInForce() {
        return reglementen.isEmpty() ? null : reglementen.get(reglementen.size() - 1);
    }

    public boolean hasAdopted(String version) {
        return reglementen.stream().anyMatch(r -> r.version().equals(version));
    }

    public CommitteeState withReglemente(ReglementeVersion adopted) {
        List<ReglementeVersion> versions = new ArrayList<>(reglementen);
        versions.add(adopted);
        return new CommitteeState(id, name, type, registeredOn, dissolvedOn, versions, servingUnitIds,
                memberMunicipalities);
    }

    public CommitteeState withServing(String unitId, boolean serving) {
        return new CommitteeState(id, name, type, registeredOn, dissolvedOn, reglementen,
                toggled(servingUnitIds, unitId, serving), memberMunicipalities);
    }

    public CommitteeState withMember(String municipality, boolean member) {
        return new CommitteeState(id, name, type, registeredOn, dissolvedOn, reglementen, servingUnitIds,
                toggled(memberMunicipalities, municipality, member));
    }

    /** Dissolving a nämnd ends every service to it and every membership in it. */
    public CommitteeState dissolved(LocalDate on) {
        return new CommitteeState(id, name, type, registeredOn, on, reglementen, List.of(), List.of());
    }

    private static List<String> toggled(List<String> values, String value, boolean present) {
        TreeSet<String> set = new TreeSet<>(values);
        if (present) {
            set.add(value);
        } else {
            set.remove(value);
        }
        return List.copyOf(set);
    }
}
