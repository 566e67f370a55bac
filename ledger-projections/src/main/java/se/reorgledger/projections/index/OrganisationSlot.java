package se.reorgledger.projections.index;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * One organisation of the read models: its index, or, after a start from a checkpoint, the section it is still to
 * be read from. The first use loads it (once: concurrent first users wait for that one load) and installs it; from
 * then on {@link #index()} is one volatile read. A section that fails its checks is never served: every use after
 * throws {@link RejectedSectionException}, and the first failure is reported to {@code whenRejected}.
 */
public final class OrganisationSlot {

    // The JDK's logger: this module depends on no logging library (the service routes it to its own).
    private static final System.Logger log = System.getLogger(OrganisationSlot.class.getName());

    private final String id;
    private final String name;
    private final Instant registeredAt;
    private volatile OrganisationIndex index;
    private UnloadedOrganisation unloaded;
    private volatile RejectedSectionException rejected;
    private final Consumer<RejectedSectionException> whenRejected;

    public OrganisationSlot(OrganisationIndex index) {
        this.id = index.id();
        this.name = index.name();
        this.registeredAt = index.registeredAt();
        this.index = index;
        this.whenRejected = rejected -> { };
    }

    public OrganisationSlot(UnloadedOrganisation unloaded, Consumer<RejectedSectionException> whenRejected) {
        this.id = unloaded.id();
        this.name = unloaded.name();
        this.registeredAt = unloaded.registeredAt();
        this.unloaded = unloaded;
        this.whenRejected = whenRejected;
    }

    /** The index, loaded and checked first if it is not yet. */
    public OrganisationIndex index() {
        OrganisationIndex loaded = index;
        return loaded != null ? loaded : load();
    }

    /**
     * Loads the index if it is still in its section.
     *
     * @return whether this call loaded it (false when it was in memory already)
     * @throws RejectedSectionException when its section fails its checks
     */
    public boolean loadIfPending() {
        if (index != null) {
            return false;
        }
        synchronized (this) {
            if (index != null) {
                return false;
            }
            load();
            return true;
        }
    }

    private synchronized OrganisationIndex load() {
        if (index != null) {
            return index;
        }
        if (rejected != null) {
            throw new RejectedSectionException(id, rejected.reason());
        }
        try {
            OrganisationIndex read = unloaded.load();
            index = read;
            unloaded = null;
            return read;
        } catch (RejectedSectionException e) {
            rejected = e;
        } catch (VirtualMachineError e) {
            // The JVM's trouble (out of memory, stack overflow), not the section's: it stays pending, and a later
            // use reads it again.
            throw e;
        } catch (RuntimeException | Error e) {
            rejected = new RejectedSectionException(id, "it cannot be read: " + e);
        }
        unloaded = null;
        tell(rejected);
        throw new RejectedSectionException(id, rejected.reason());
    }

    /**
     * Tells the listener, whatever it does: the use that found the fault gets the rejection, never the listener's
     * own failure (a rebuild that cannot be started at shutdown, say), which would end an event's delivery.
     */
    private void tell(RejectedSectionException rejection) {
        try {
            whenRejected.accept(rejection);
        } catch (RuntimeException e) {
            log.log(System.Logger.Level.ERROR, "Telling of the rejected checkpoint section of organisation " + id
                    + " failed", e);
        }
    }

    /** Whether the index is in memory (built from events, or loaded); false while pending or when rejected. */
    public boolean loaded() {
        return index != null;
    }

    /** Why its section was rejected, or null. */
    public RejectedSectionException rejected() {
        return rejected;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** When the newest event it holds was recorded, without loading it; null before any. */
    public Instant newestRecordedAt() {
        OrganisationIndex loaded = index;
        if (loaded == null) {
            synchronized (this) {
                if (index == null) {
                    return unloaded != null ? unloaded.newestRecordedAt() : null;
                }
                loaded = index;
            }
        }
        return loaded.newestRecordedAt();
    }
}
