package se.reorgledger.api.scenario;

/** Told after every decision of an import, in each phase. */
@FunctionalInterface
public interface ImportProgressListener {

    void progressed(ImportProgress progress);

    static ImportProgressListener none() {
        return progress -> {
        };
    }
}
