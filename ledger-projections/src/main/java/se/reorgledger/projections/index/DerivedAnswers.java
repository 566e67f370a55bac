package se.reorgledger.projections.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers worked out from an organisation's index and kept for the next reader who asks the same (such as the
 * change days counted at one epoch). The index empties it whenever it applies an event, under its write lock, so
 * a kept answer is always the one the index would give now; readers fill it under the read lock. It is not in a
 * checkpoint: a loaded index starts with none. A few answers are kept, not one per epoch ever asked about.
 */
final class DerivedAnswers {

    private static final int KEPT = 16;

    private final Map<Object, Object> answers = new ConcurrentHashMap<>();
    /**
     * Answers of which there is one per state of the index (not one per epoch): kept apart, so that a reader going
     * through many epochs cannot make every reader of the structure work them out again.
     */
    private final Map<Object, Object> perState = new ConcurrentHashMap<>();

    <T> T get(Object key, Supplier<T> work) {
        return kept(answers, KEPT, key, work);
    }

    <T> T perState(Object key, Supplier<T> work) {
        return kept(perState, Integer.MAX_VALUE, key, work);
    }

    /** The answer kept in {@code kept} for {@code key}, or worked out and kept, emptying it first when full. */
    @SuppressWarnings("unchecked")
    private static <T> T kept(Map<Object, Object> kept, int most, Object key, Supplier<T> work) {
        Object known = kept.get(key);
        if (known != null) {
            return (T) known;
        }
        T answer = work.get();
        if (kept.size() >= most) {
            kept.clear();
        }
        kept.put(key, answer);
        return answer;
    }

    void clear() {
        if (!answers.isEmpty()) {
            answers.clear();
        }
        if (!perState.isEmpty()) {
            perState.clear();
        }
    }
}
