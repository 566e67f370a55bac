package se.reorgledger.projections.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One object for each equal value among the answers an organisation keeps long, such as the provenance in the
 * tables its entities' timelines keep. Thousands of entities share the same few decisions, so their tables hold
 * the same provenance values again and again; held once, they take less memory, and what a reader keeps on one
 * (its JSON, {@code Provenance#kept}) serves every table and answer that holds the value.
 *
 * <p>Only spares memory and work: a value is a value whichever object holds it, so this starts empty on load, is
 * never checkpointed, and lets everything go when it holds {@link #MOST} values.
 */
final class SharedAnswers {

    static final int MOST = 1 << 18;

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        Object known = values.get(value);
        if (known != null) {
            return (T) known;
        }
        if (values.size() >= MOST) {
            values.clear();
        }
        known = values.putIfAbsent(value, value);
        return known != null ? (T) known : value;
    }

    int size() {
        return values.size();
    }
}
