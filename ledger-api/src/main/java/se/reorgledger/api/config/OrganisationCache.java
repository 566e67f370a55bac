package se.reorgledger.api.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

/**
 * Axon's aggregate cache for the organisations: up to a number of the recently and often used ones (Caffeine's
 * choice), held by soft references, which a collection clears only when memory runs short.
 *
 * <p>Axon's {@code WeakReferenceCache} lets the garbage collector drop an organisation between two commands
 * whenever a collection clears weak references, and the next package then reads the organisation's whole history
 * again: seconds for a kommun of tens of thousands of events, at random, to a writer who had just been answered
 * in tens of milliseconds. Held softly, an organisation stays until it falls out of the bound or the heap is
 * nearly full.
 * Nothing about correctness changes: a command whose unit of work rolls back removes its organisation (Axon's
 * caching repository), and a package decided on an organisation another node has changed since cannot be
 * appended (see {@code OtherWriters}).
 */
public final class OrganisationCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    /** @param executor where eviction's upkeep runs; the caller's own thread in tests, to see it at once */
    OrganisationCache(long organisations, Executor executor) {
        this.entries = Caffeine.newBuilder().maximumSize(organisations).softValues().executor(executor)
                .removalListener((key, value, cause) -> {
                    if (cause.wasEvicted()) {
                        listeners.forEach(listener -> listener.onEntryExpired(key));
                    }
                })
                .build();
    }

    public static OrganisationCache holding(long organisations) {
        return new OrganisationCache(organisations, Runnable::run);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.getIfPresent(key);
        if (value != null) {
            listeners.forEach(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value == null) {
            remove(key);
            return;
        }
        Object before = entries.asMap().put(key, value);
        listeners.forEach(listener -> {
            if (before == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean absent = entries.asMap().putIfAbsent(key, value) == null;
        if (absent) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return absent;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.asMap().computeIfAbsent(key, absent -> valueSupplier.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.asMap().computeIfPresent(key, (present, value) -> update.apply((V) value));
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.asMap().remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        entries.asMap().keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many organisations are held now (after eviction's pending upkeep). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
