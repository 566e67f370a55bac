package se.reorgledger.api.readmodel;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.reorgledger.api.store.HashChain;
import se.reorgledger.api.store.LedgerAppendListener;
import se.reorgledger.api.store.LedgerHead;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/**
 * Whether the read models may answer, kept in memory so that asking costs nothing and never waits for the
 * database.
 *
 * <ul>
 *   <li>At start they replay the ledger: until they have taken in the head that existed when the service
 *   started, an answer would describe part of the ledger, so none is given.</li>
 *   <li>An event they cannot apply stops them there ({@link ReadSideFailure}); an answer would describe a
 *   ledger without it, so none is given until it applies.</li>
 *   <li>The newest recorded time they have applied tells which answers about the past are final: every append
 *   is recorded later than the one before, so once an event recorded after a moment is applied, nothing
 *   recorded up to that moment can still arrive.</li>
 * </ul>
 */
@Component
@Order(ReadSideStatus.ORDER)
public class ReadSideStatus implements LedgerAppendListener {

    static final int ORDER = 20;
    private static final Logger log = LoggerFactory.getLogger(ReadSideStatus.class);

    private final ProjectionHolder holder;
    private final long headAtStart;
    private final long maxLag;
    private final AtomicLong knownHead = new AtomicLong();
    private final AtomicReference<Instant> newestApplied = new AtomicReference<>();
    private final AtomicReference<ReadSideFailure> failure = new AtomicReference<>();
    private volatile boolean caughtUp;
    private volatile String rebuildingBecause;

    public ReadSideStatus(ProjectionHolder holder, HashChain chain, LedgerEventReader events,
                          @Value("${ledger.read-models.max-lag:1000}") long maxLag) {
        this.holder = holder;
        // The event table's newest event, not only the chain's: a ledger loaded in bulk may have no chain yet.
        this.headAtStart = Math.max(chain.head().globalIndex(), events.newestIndex());
        this.maxLag = maxLag;
        knownHead.set(headAtStart);
        caughtUp = headAtStart == 0;
    }

    /** An append committed on this node: the ledger's head is at least there. */
    @Override
    public void committed(LedgerHead head) {
        headSeen(head.globalIndex());
    }

    /** The ledger's head as read from the database, or as the read models found it. */
    void headSeen(long globalIndex) {
        knownHead.accumulateAndGet(globalIndex, Math::max);
    }

    /** The read models applied the event at {@code position}, recorded at {@code recordedAt}. */
    void applied(long position, Instant recordedAt) {
        headSeen(position);
        newestApplied.accumulateAndGet(recordedAt, (known, now) -> known == null || now.isAfter(known) ? now : known);
        ReadSideFailure cleared = failure.get();
        if (cleared != null && position >= cleared.position() && failure.compareAndSet(cleared, null)) {
            log.warn("The read models applied the event at position {} after {} failed attempts; they go on",
                    cleared.position(), cleared.attempts());
        }
        if (!caughtUp && readModelPosition() >= headAtStart) {
            caughtUp = true;
            log.info("The read models have taken in the {} events the ledger held at start", headAtStart);
        }
    }

    /** The read models could not apply an event; they stay before it and the processor retries with back-off. */
    void failed(long position, String eventId, String eventType, Throwable error) {
        ReadSideFailure now = failure.updateAndGet(known -> known != null && known.position() == position
                ? known.retried()
                : new ReadSideFailure(position, eventId, eventType, describe(error), Instant.now(), 1));
        log.error("The read models cannot apply the event at position {} ({} {}), attempt {}; they stop before it "
                + "and answer no reads until it applies", position, eventType, eventId, now.attempts(), error);
    }

    public Optional<ReadSideFailure> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Whether the read models hold the whole ledger as it was at start. */
    public boolean caughtUp() {
        return caughtUp;
    }

    /** Whether reads may be answered from the read models now. */
    public boolean answering() {
        return caughtUp && failure.get() == null;
    }

    /**
     * Ready for traffic: answering, no further behind the ledger's head than the configured lag, and not being
     * rebuilt after an organisation's checkpoint section failed its checks (the others answer meanwhile, that one
     * 503).
     */
    public boolean ready() {
        return answering() && lag() <= maxLag && rebuildingBecause == null;
    }

    /** The read models are being rebuilt from the events, for {@code reason}; readiness is down until they are. */
    void rebuilding(String reason) {
        rebuildingBecause = reason;
    }

    /** The rebuild is done: the read models rebuilt from the events are live. */
    void rebuilt() {
        rebuildingBecause = null;
    }

    /** Why the read models are being rebuilt, if they are. */
    public Optional<String> rebuildingBecause() {
        return Optional.ofNullable(rebuildingBecause);
    }

    /** Whether the read models have applied an event recorded after {@code moment}. */
    public boolean knowsEverythingRecordedUpTo(Instant moment) {
        Instant newest = newestApplied.get();
        return newest != null && newest.isAfter(moment);
    }

    public long headAtStart() {
        return headAtStart;
    }

    public long knownHead() {
        return knownHead.get();
    }

    public long readModelPosition() {
        return Math.max(0, holder.current().position());
    }

    public long lag() {
        return Math.max(0, knownHead() - readModelPosition());
    }

    public long maxLag() {
        return maxLag;
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(' ').append(cause.getMessage());
            }
        }
        return text.toString();
    }
}
