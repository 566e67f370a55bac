package se.reorgledger.projections.rebuild;

/** Told now and then how far a rebuild has come: events applied so far, and the live position it is heading for. */
@FunctionalInterface
public interface RebuildProgress {

    RebuildProgress NONE = (applied, target) -> {
    };

    void progress(long eventsApplied, long targetPosition);
}
