package se.reorgledger.projections.restatement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.projections.decisions.LifecycleView;
import se.reorgledger.projections.history.ChangeType;
import se.reorgledger.projections.history.Narration;
import se.reorgledger.projections.index.ChangeEntry;
import se.reorgledger.projections.index.CorrectionEntry;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.NameCorrectionEntry;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.Recording;

/**
 * The restatements recorded in the epochs after one and up to another: every change that took effect before the
 * day (in Sweden) it was recorded, and every correction, each with the dates whose answers its recording altered.
 * A change that takes effect on or after the day it is recorded is recorded in advance, not a restatement. A
 * correction of a name in the person register restates the dates on which the person holds a chef role.
 */
public final class RestatedSince {

    private final OrganisationIndex index;
    private final int to;
    private final Narration narration;
    private final Map<EntityTimeline<?>, Map<Integer, List<DateRange>>> altered = new HashMap<>();

    private RestatedSince(OrganisationIndex index, int to) {
        this.index = index;
        this.to = to;
        this.narration = new Narration(index, to);
    }

    /** @param since the epoch known at {@code sinceAt}, or {@code RecordedTimes.NOTHING_KNOWN} */
    public static RestatementsSinceView of(OrganisationIndex index, int since, int to, Instant sinceAt,
                                           Instant knownTo) {
        RestatedSince restated = new RestatedSince(index, to);
        List<Listed> listed = new ArrayList<>();
        for (ChangeEntry entry : index.changeLog()) {
            if (entry.epoch() > to) {
                break;
            }
            if (entry.epoch() > since && restated.retroactive(entry)) {
                listed.add(new Listed(entry.position(), restated.change(entry)));
            }
            for (CorrectionEntry correction : entry.correctionsAt(to)) {
                if (correction.epoch() > since) {
                    listed.add(new Listed(correction.position(), restated.correction(correction)));
                }
            }
        }
        for (NameCorrectionEntry correction : index.nameCorrections()) {
            if (correction.epoch() > since && correction.epoch() <= to) {
                listed.add(new Listed(correction.position(), restated.nameCorrection(correction)));
            }
        }
        listed.sort(Comparator.comparingLong(Listed::position));
        return new RestatementsSinceView(index.id(), sinceAt, knownTo, listed.stream().map(Listed::item).toList());
    }

    private record Listed(long position, Restatement item) {
    }

    private boolean retroactive(ChangeEntry entry) {
        LocalDate recordedOn = index.times().at(entry.epoch()).atZone(LifecycleView.SWEDEN).toLocalDate();
        return entry.event().effectiveDate().isBefore(recordedOn);
    }

    private Restatement change(ChangeEntry entry) {
        DatedChangeEvent event = entry.event();
        Recording recording = entry.recording(index.times());
        return restatement(recording, event.changeId(), ChangeType.of(event), null, event.effectiveDate(), null,
                event.decisionId(), entry, entry.epoch());
    }

    private Restatement correction(CorrectionEntry correction) {
        Recording recording = correction.recording(index.times());
        return restatement(recording, correction.event().changeId(), ChangeType.of(correction.event()),
                correction.event().targetChangeId(), correction.correctedDate(), correction.event().reason(),
                correction.event().decisionId(), correction.target(), correction.epoch());
    }

    /** A correction of a name in the person register: it restates the dates on which the person holds a post. */
    private Restatement nameCorrection(NameCorrectionEntry correction) {
        Recording recording = correction.recording(index.times());
        String personId = correction.event().personId();
        return new Restatement(recording.eventId(), null, HolderNames.CORRECTED, null, null,
                correction.event().reason(), null, recording.recordedAt(), recording.principal(), HolderNames.ENTITY,
                personId, index.persons().nameAt(personId, to), HolderNames.held(index, personId, correction.epoch()));
    }

    private Restatement restatement(Recording recording, String changeId, String type, String targetChangeId,
                                    LocalDate effectiveDate, String reason, String decisionId, ChangeEntry concerned,
                                    int epoch) {
        EntityKind<?> kind = EntityKind.of(concerned.event());
        EntityTimeline<?> timeline = index.ownerOf(concerned);
        return new Restatement(recording.eventId(), changeId, type, targetChangeId, effectiveDate, reason,
                narration.decision(decisionId), recording.recordedAt(), recording.principal(), kind.name(),
                timeline.id(), name(kind, timeline, epoch), alteredBy(kind, timeline, epoch));
    }

    @SuppressWarnings("unchecked")
    private <S> List<DateRange> alteredBy(EntityKind<S> kind, EntityTimeline<?> timeline, int epoch) {
        return altered.computeIfAbsent(timeline, owner -> new HashMap<>())
                .computeIfAbsent(epoch, at -> AlteredDates.of(kind, (EntityTimeline<S>) timeline, at));
    }

    /** The entity's last name as known at the end, else as known when the restatement was recorded. */
    @SuppressWarnings("unchecked")
    private <S> String name(EntityKind<S> kind, EntityTimeline<?> timeline, int epoch) {
        S state = ((EntityTimeline<S>) timeline).latestAt(to);
        if (state == null) {
            state = ((EntityTimeline<S>) timeline).latestAt(epoch);
        }
        return state == null ? timeline.id() : kind.label().apply(state);
    }
}
