package se.reorgledger.projections.index;

import java.time.Instant;

/**
 * An organisation whose index is still in a checkpoint: what a listing needs of it (its id, name, registration
 * and newest recorded time, from the checkpoint's section table), and the one way to read its index, which checks
 * it against the table before giving it out.
 */
public interface UnloadedOrganisation {

    String id();

    String name();

    Instant registeredAt();

    /** When the newest event its index holds was recorded; null when it holds none. */
    Instant newestRecordedAt();

    /**
     * Reads, checks and decodes the index; called once, or again only after it threw a
     * {@link VirtualMachineError} (the JVM's trouble, not the section's).
     *
     * @throws RejectedSectionException when its bytes or the state read back are not those written
     */
    OrganisationIndex load();
}
