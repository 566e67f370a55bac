package se.reorgledger.projections.committees;

import java.util.List;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.ReglementeVersion;
import se.reorgledger.projections.provenance.CommitteeProvenance;
import se.reorgledger.projections.structure.UnitRef;

/**
 * A nämnd on a date: its type, the reglemente version in force (null before the first), the kontor serving it
 * and, for a gemensam nämnd, the member kommuner beside the host ({@code host}: this kommun; null for other
 * nämnder); {@code provenance}: where the nämnd, its reglemente, each service and each membership come from.
 */
public record CommitteeView(String id, String name, CommitteeType type, ReglementeVersion reglemente,
                            List<UnitRef> servedBy, List<String> memberMunicipalities, String host,
                            CommitteeProvenance provenance) {
}
