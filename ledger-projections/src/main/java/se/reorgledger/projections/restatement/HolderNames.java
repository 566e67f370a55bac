package se.reorgledger.projections.restatement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.reorgledger.core.chef.ChefRoleState;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.NameCorrectionEntry;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.Recording;
import se.reorgledger.projections.index.VersionTable;
import se.reorgledger.projections.index.VersionTable.Segment;

/**
 * The names of chef roles' holders, which the person register gives undated: a correction of a name restates
 * every date on which its person holds a chef role, as known when the correction was recorded.
 */
final class HolderNames {

    /** The fact a name correction restates on a chef role. */
    static final String ASPECT = "holderName";
    static final String CORRECTED = "personNameCorrected";
    static final String ENTITY = "person";

    private HolderNames() {
    }

    /** The name of the role's holder as the register held it at the epoch; null when the role has no holder. */
    static String of(OrganisationIndex index, ChefRoleState role, int epoch) {
        return role == null || role.holderId() == null ? null : index.persons().nameAt(role.holderId(), epoch);
    }

    static NameCorrectionView view(OrganisationIndex index, NameCorrectionEntry correction) {
        Recording recording = correction.recording(index.times());
        return new NameCorrectionView(recording.eventId(), correction.event().personId(), correction.event().name(),
                correction.event().reason(), recording.recordedAt(), recording.principal());
    }

    /** The dates on which the person holds a chef role in force, as known at the epoch. */
    static List<DateRange> held(OrganisationIndex index, String personId, int epoch) {
        List<int[]> spans = new ArrayList<>();
        for (EntityTimeline<ChefRoleState> role : index.chefRoles()) {
            for (Segment<ChefRoleState> segment : role.versions().segmentsAt(epoch)) {
                ChefRoleState state = segment.state();
                if (state != null && !state.isEnded() && personId.equals(state.holderId())) {
                    spans.add(new int[] {segment.validFrom(), segment.validTo()});
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        List<DateRange> held = new ArrayList<>();
        int[] open = null;
        for (int[] span : spans) {
            if (open != null && span[0] <= open[1]) {
                open[1] = Math.max(open[1], span[1]);
            } else {
                if (open != null) {
                    held.add(range(open));
                }
                open = span.clone();
            }
        }
        if (open != null) {
            held.add(range(open));
        }
        return held;
    }

    private static DateRange range(int[] span) {
        return new DateRange(span[0] == VersionTable.ALWAYS ? null : Days.date(span[0]),
                span[1] == VersionTable.OPEN ? null : Days.date(span[1] - 1));
    }
}
