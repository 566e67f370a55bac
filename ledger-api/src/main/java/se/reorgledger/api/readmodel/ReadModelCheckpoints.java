package se.reorgledger.api.readmodel;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.rebuild.ProjectionHolder;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.Header;
import se.reorgledger.projections.rebuild.checkpoint.CheckpointFile.LedgerAnchor;

/**
 * Checkpoints of this node's read models in a local folder ({@code ledger.read-models.checkpoint.*}): written
 * every so many events or so much time, and at an orderly shutdown; loaded at a start, which then takes in only
 * the events after it. A checkpoint the ledger does not match (beyond its head; another event or chain hash at its
 * position: another or a rewritten ledger), whose header or section table does not have its SHA-256 or whose
 * organisations' state digests do not combine into the one written, or of a format this code does not know, is
 * discarded with a log line, and the read models are rebuilt from the events. A checkpoint loaded gives its
 * organisations at their first use and, once the node is ready, in the background; one whose section fails its
 * checks then is never served, and the read models are rebuilt from the events and swapped in.
 */
public class ReadModelCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCheckpoints.class);

    private final boolean enabled;
    private final Path folder;
    private final long everyEvents;
    private final Duration every;
    private final ProjectionHolder holder;
    private final LedgerEventReader events;
    private final HashChain chain;
    private final ObjectProvider<ReadSideStatus> status;
    private final CheckpointedOrganisations organisations;
    private CheckpointPreload.Reading preload;
    private volatile AtStart atStart = new AtStart("none", -1, null, 0);
    private volatile long writtenPosition = -1;
    private volatile Instant writtenAt = Instant.now();
    private volatile double writeSeconds;

    public ReadModelCheckpoints(boolean enabled, Path folder, long everyEvents, Duration every,
                                ProjectionHolder holder, LedgerEventReader events, HashChain chain,
                                ObjectProvider<ReadSideStatus> status, CheckpointPreload.Reading preload,
                                LedgerEventSource ledger, boolean loadInBackground, int backgroundThreads) {
        this.enabled = enabled;
        this.folder = folder.toAbsolutePath().normalize();
        this.everyEvents = everyEvents;
        this.every = every;
        this.holder = holder;
        this.events = events;
        this.chain = chain;
        this.status = status;
        this.preload = preload;
        this.organisations = new CheckpointedOrganisations(holder, status, ledger, loadInBackground,
                backgroundThreads, this::sectionRejected);
        if (!enabled) {
            atStart = new AtStart("disabled", -1, null, 0);
        }
    }

    /**
     * What became of the checkpoint at this start: {@code loaded} (at {@code position}), {@code rejected} (with
     * the {@code reason}, the read models rebuilt from the events), {@code none} or {@code disabled}.
     */
    public record AtStart(String outcome, long position, String reason, double seconds) {
    }

    /**
     * Loads the checkpoint, if there is one the ledger matches, into the empty read models of a start.
     *
     * @return whether the read models now stand at a checkpoint
     */
    public synchronized boolean loadAtStart() {
        CheckpointPreload.Reading early = preload;
        preload = null;
        if (!enabled || holder.current().position() >= 0) {
            if (early != null) {
                early.discard();
            }
            return false;
        }
        long waiting = System.nanoTime();
        CheckpointFile.Read read = early != null ? early.take(folder) : CheckpointFile.read(folder);
        double waited = (System.nanoTime() - waiting) / 1e9;
        CheckpointFile.Loaded loaded = read.checkedAgainst(this::mismatch);
        double seconds = loaded.took().toNanos() / 1e9;
        if (loaded.none()) {
            log.info("No checkpoint of the read models in {}: they are built from the ledger's events", folder);
            return false;
        }
        if (loaded.projection().isEmpty()) {
            atStart = new AtStart("rejected", -1, loaded.rejectedBecause(), seconds);
            log.warn("The read models' checkpoint {} was discarded: {}; they are rebuilt from the ledger's events",
                    CheckpointFile.fileIn(folder), loaded.rejectedBecause());
            return false;
        }
        LedgerProjection projection = loaded.projection().get();
        holder.startFrom(projection);
        organisations.startedFrom(projection);
        long position = projection.position();
        atStart = new AtStart("loaded", position, null, seconds);
        writtenPosition = position;
        writtenAt = Instant.now();
        Optional.ofNullable(projection.newestRecordedAt())
                .ifPresent(newest -> status.getObject().applied(position, newest));
        log.info("The read models were loaded from the checkpoint at position {} (written {}, {} MB) in {} s: its "
                        + "header and section table checked; organisations in it: {}, each read and checked at its "
                        + "first use or in the background{}; they take in the events after it", position,
                loaded.header().writtenAt(), loaded.bytes() / 1_000_000, String.format("%.2f", seconds),
                read.organisations(), early == null ? ""
                        : String.format(", read beside the service's start (waited for it %.1f s)", waited));
        return true;
    }

    /** After the read models have taken in the ledger as it was at start: see {@link CheckpointedOrganisations}. */
    public void loadTheRestInTheBackground() {
        organisations.loadTheRestInTheBackground();
    }

    /** How many organisations of the checkpoint loaded at start are still to be read from it (0 when none). */
    public int organisationsPending() {
        return organisations.pending();
    }

    /** How many organisations' checkpoint sections failed their checks at their first use since start. */
    public int sectionsRejected() {
        return organisations.rejected();
    }

    /** An organisation's section failed its checks after the start: the checkpoint counts as rejected after all. */
    private void sectionRejected(String reason) {
        atStart = new AtStart("rejected", atStart.position(), reason, atStart.seconds());
    }

    /** Why the ledger does not match the checkpoint's anchor, if it does not. */
    Optional<String> mismatch(Header header) {
        LedgerAnchor anchor = header.anchor();
        long head = Math.max(chain.head().globalIndex(), events.newestIndex());
        if (anchor.position() > head) {
            return Optional.of("it stands at position " + anchor.position() + ", beyond the ledger's head at "
                    + head);
        }
        String eventId = events.eventIdAt(anchor.position());
        if (eventId == null || !eventId.equals(anchor.eventId())) {
            return Optional.of("the ledger's event at position " + anchor.position() + " is " + eventId + ", not "
                    + anchor.eventId() + ": the checkpoint is of another ledger, or of one rewritten since");
        }
        String chainHash = chain.chainHashAtGlobalIndex(anchor.position());
        if (!java.util.Objects.equals(chainHash, anchor.chainHash())) {
            return Optional.of("the ledger's chain hash at position " + anchor.position() + " is " + chainHash
                    + ", not " + anchor.chainHash() + ": the checkpoint is of another ledger, or of one rewritten "
                    + "since");
        }
        return Optional.empty();
    }

    /** Writes a checkpoint when enough events or time have passed since the last. */
    @Scheduled(initialDelayString = "${ledger.read-models.checkpoint.check-every:30s}",
            fixedDelayString = "${ledger.read-models.checkpoint.check-every:30s}")
    public void writeWhenDue() {
        long position = holder.current().position();
        boolean eventsDue = position - writtenPosition >= everyEvents;
        boolean timeDue = position > writtenPosition && Duration.between(writtenAt, Instant.now()).compareTo(every) >= 0;
        if (eventsDue || timeDue) {
            write("due");
        }
    }

    /** At an orderly shutdown: the read models have stopped taking in events, so the checkpoint is their last. */
    @PreDestroy
    public void writeAtShutdown() {
        organisations.stopRebuilding();
        if (holder.current().position() > writtenPosition) {
            write("at shutdown");
        }
    }

    /** Writes a checkpoint of the read models as they stand, if they may be trusted to. */
    public synchronized Optional<CheckpointFile.Written> write(String why) {
        ReadSideStatus side = status.getObject();
        LedgerProjection projection = holder.current();
        if (!enabled || !side.caughtUp() || side.failure().isPresent() || projection.position() < 0
                || projection.rejectedSection().isPresent()) {
            return Optional.empty();
        }
        try {
            CheckpointFile.Written written = CheckpointFile.write(folder, projection,
                    position -> new LedgerAnchor(position, events.eventIdAt(position),
                            chain.chainHashAtGlobalIndex(position)));
            writtenPosition = written.header().anchor().position();
            writtenAt = Instant.now();
            writeSeconds = written.took().toNanos() / 1e9;
            log.info("Checkpoint of the read models written ({}) at position {}: {} MB in {} s, of which they took "
                            + "in no events for {} s", why, writtenPosition, written.bytes() / 1_000_000,
                    String.format("%.1f", writeSeconds), String.format("%.1f", written.still().toNanos() / 1e9));
            return Optional.of(written);
        } catch (IOException | RuntimeException e) {
            log.error("The read models' checkpoint could not be written in {}; the previous one stays", folder, e);
            return Optional.empty();
        }
    }

    public AtStart atStart() {
        return atStart;
    }

    public boolean enabled() {
        return enabled;
    }

    public Path folder() {
        return folder;
    }

    /** The position of the last checkpoint written or loaded, or -1. */
    public long writtenPosition() {
        return writtenPosition;
    }

    /** How long the last checkpoint took to write, in seconds (0 before the first). */
    public double writeSeconds() {
        return writeSeconds;
    }
}
