package se.reorgledger.projections.committees;

import java.util.List;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.ReglementeVersion;
import se.reorgledger.projections.structure.UnitRef;

/**
 * A nämnd on a date: its type, the reglemente version in force (null before the first), the kontor serving it
 * and, for a gemensam nämnd, the member kommuner beside the host.
 */
public record CommitteeView(String id, String name, CommitteeType type, ReglementeVersion reglemente,
                            List<UnitRef> servedBy, List<String> memberMunicipalities) {
}
