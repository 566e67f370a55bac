package se.reorgledger.projections.index;

import java.time.Instant;
import java.util.function.Supplier;

/** An index standing in for a checkpoint's section not yet loaded, loaded by {@code load} (which may wait or fail). */
public final class IndexAsSection {

    private IndexAsSection() {
    }

    public static UnloadedOrganisation of(OrganisationIndex index, Supplier<OrganisationIndex> load) {
        return new UnloadedOrganisation() {
            public String id() {
                return index.id();
            }

            public String name() {
                return index.name();
            }

            public Instant registeredAt() {
                return index.registeredAt();
            }

            public Instant newestRecordedAt() {
                return null;
            }

            public OrganisationIndex load() {
                return load.get();
            }
        };
    }
}
