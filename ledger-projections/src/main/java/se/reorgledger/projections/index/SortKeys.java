package se.reorgledger.projections.index;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swedish collation keys of names, computed once per name. Comparing keys gives the order of
 * {@code SwedishOrder.NAMES} (same collator) at the cost of a byte comparison, which keeps sorting thousands of
 * units per query cheap.
 */
public final class SortKeys {

    private static final ThreadLocal<Collator> COLLATOR =
            ThreadLocal.withInitial(() -> Collator.getInstance(Locale.forLanguageTag("sv-SE")));

    private final ConcurrentHashMap<String, CollationKey> keys = new ConcurrentHashMap<>();

    /**
     * Sorts in place by name in Swedish order, then by id: each name's key is looked up once, not once per
     * comparison, which is most of the cost of sorting thousands of units.
     */
    public <T> void sort(List<T> items, Function<T, String> name, Function<T, String> id) {
        if (items.size() < 2) {
            return;
        }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            keyed.add(new Keyed<>(of(name.apply(item)), id.apply(item), item));
        }
        keyed.sort(Keyed.ORDER);
        for (int i = 0; i < keyed.size(); i++) {
            items.set(i, keyed.get(i).item());
        }
    }

    private record Keyed<T>(CollationKey key, String id, T item) {
        static final Comparator<Keyed<?>> ORDER =
                Comparator.comparing((Keyed<?> keyed) -> keyed.key()).thenComparing(Keyed::id);
    }

    public CollationKey of(String name) {
        CollationKey key = keys.get(name);
        if (key == null) {
            key = COLLATOR.get().getCollationKey(name);
            keys.putIfAbsent(name, key);
        }
        return key;
    }
}
