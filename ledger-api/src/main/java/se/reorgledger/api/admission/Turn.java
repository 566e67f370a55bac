package se.reorgledger.api.admission;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/** One read's turn: given back once, at the first bytes of its answer or when the request ends. */
final class Turn {

    private final Semaphore turns;
    private final AtomicBoolean ended = new AtomicBoolean();

    Turn(Semaphore turns) {
        this.turns = turns;
    }

    void end() {
        if (ended.compareAndSet(false, true)) {
            turns.release();
        }
    }
}
