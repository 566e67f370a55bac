package se.reorgledger.projections.provenance;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map of values by distinct ids, in the order they were added, held in two arrays. An as-of
 * structure's provenance is thousands of ids, written out once in order and seldom looked up; a linked hash map
 * cost an entry object, a hash and a resize per id on every read. The index for {@link #get} is built on the
 * first lookup only.
 *
 * @param <V> the values
 */
public final class OrderedById<V> extends AbstractMap<String, V> {

    private final String[] ids;
    private final Object[] values;
    private final int size;
    // Built on the first lookup; a read may be shared between threads (the about-now answers), hence volatile.
    private volatile Map<String, Integer> places;

    private OrderedById(String[] ids, Object[] values, int size) {
        this.ids = ids;
        this.values = values;
        this.size = size;
    }

    /** Collects the entries of one map; each id is added once. Belongs to one thread until {@link #build}. */
    public static final class Builder<V> {

        private String[] ids;
        private Object[] values;
        private int size;

        public Builder(int expected) {
            int capacity = Math.max(expected, 4);
            this.ids = new String[capacity];
            this.values = new Object[capacity];
        }

        /** Adds an id not added before; the caller knows its ids to be distinct (a snapshot's units and roles). */
        public Builder<V> add(String id, V value) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = id;
            values[size] = value;
            size++;
            return this;
        }

        /** The map; the builder is done with, as the map holds its arrays. */
        public OrderedById<V> build() {
            OrderedById<V> built = new OrderedById<>(ids, values, size);
            ids = null;
            values = null;
            return built;
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** The id at {@code place}, in the order of adding. */
    public String idAt(int place) {
        return ids[checked(place)];
    }

    /** The value at {@code place}, in the order of adding. */
    @SuppressWarnings("unchecked")
    public V valueAt(int place) {
        return (V) values[checked(place)];
    }

    private int checked(int place) {
        if (place < 0 || place >= size) {
            throw new IndexOutOfBoundsException(place);
        }
        return place;
    }

    @Override
    public boolean containsKey(Object id) {
        return places().containsKey(id);
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object id) {
        Integer place = places().get(id);
        return place == null ? null : (V) values[place];
    }

    private Map<String, Integer> places() {
        Map<String, Integer> known = places;
        if (known == null) {
            Map<String, Integer> built = new HashMap<>(size * 4 / 3 + 1);
            for (int place = 0; place < size; place++) {
                if (built.putIfAbsent(ids[place], place) != null) {
                    throw new IllegalStateException("the id " + ids[place] + " was added twice");
                }
            }
            known = built;
            places = known;
        }
        return known;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int place = next++;
                        return new SimpleImmutableEntry<>(ids[place], valueAt(place));
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
