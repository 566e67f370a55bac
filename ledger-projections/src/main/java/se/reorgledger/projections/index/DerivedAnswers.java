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

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> work) {
        Object kept = answers.get(key);
        if (kept != null) {
            return (T) kept;
        }
        T answer = work.get();
        if (answers.size() >= KEPT) {
            answers.clear();
        }
        answers.put(key, answer);
        return answer;
    }

    @SuppressWarnings("unchecked")
    <T> T perState(Object key, Supplier<T> work) {
        Object kept = perState.get(key);
        if (kept != null) {
            return (T) kept;
        }
        T answer = work.get();
        perState.put(key, answer);
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
