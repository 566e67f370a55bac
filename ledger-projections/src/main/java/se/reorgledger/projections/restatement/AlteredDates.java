package se.reorgledger.projections.restatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import se.reorgledger.projections.index.Days;
import se.reorgledger.projections.index.EntityTimeline;
import se.reorgledger.projections.index.VersionTable;
import se.reorgledger.projections.index.VersionTable.Segment;

/**
 * The dates on which an entity's state in the organisation, as known just before an epoch, differs from its
 * state as known at that epoch: both timelines are read from the entity's versions and compared day range by day
 * range, between every first and last day either of them has.
 */
final class AlteredDates {

    private AlteredDates() {
    }

    static <S> List<DateRange> of(EntityKind<S> kind, EntityTimeline<S> timeline, int epoch) {
        List<Segment<S>> before = timeline.versions().segmentsAt(epoch - 1);
        List<Segment<S>> after = timeline.versions().segmentsAt(epoch);
        TreeSet<Integer> bounds = new TreeSet<>();
        for (List<Segment<S>> segments : List.of(before, after)) {
            for (Segment<S> segment : segments) {
                bounds.add(segment.validFrom());
                bounds.add(segment.validTo());
            }
        }
        List<DateRange> altered = new ArrayList<>();
        Integer start = null;
        Integer previous = null;
        for (int bound : bounds) {
            if (previous != null) {
                boolean differs = !Objects.equals(kind.standing(at(before, previous)),
                        kind.standing(at(after, previous)));
                if (differs && start == null) {
                    start = previous;
                } else if (!differs && start != null) {
                    altered.add(range(start, previous));
                    start = null;
                }
            }
            previous = bound;
        }
        if (start != null) {
            altered.add(range(start, previous));
        }
        return altered;
    }

    private static <S> S at(List<Segment<S>> segments, int day) {
        for (Segment<S> segment : segments) {
            if (segment.validFrom() <= day && day < segment.validTo()) {
                return segment.state();
            }
        }
        return null;
    }

    /** Days from {@code from} until {@code until}, exclusive, as dates both included. */
    private static DateRange range(int from, int until) {
        return new DateRange(Days.date(from), until == VersionTable.OPEN ? null : Days.date(until - 1));
    }
}
