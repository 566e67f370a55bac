package se.reorgledger.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class OrganisationCacheTest {

    @Test
    void anOrganisationHeldByNothingElseOutlivesGarbageCollections() {
        OrganisationCache cache = OrganisationCache.holding(4);
        cache.put("askersund", new StringBuilder("decided state"));

        // A full collection clears every weak reference: what Axon's WeakReferenceCache held would be gone.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        assertThat(cache.<String, StringBuilder>get("askersund")).hasToString("decided state");
    }

    @Test
    void beyondItsBoundTheCacheLetsOrganisationsGoAndSaysWhich() {
        OrganisationCache cache = OrganisationCache.holding(2);
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });

        cache.put("a", "A");
        cache.put("b", "B");
        cache.put("c", "C");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(expired).hasSize(1);
        assertThat(cache.containsKey(expired.get(0))).isFalse();
    }

    @Test
    void removingAnOrganisationForgetsItAndPuttingNothingRemoves() {
        OrganisationCache cache = OrganisationCache.holding(4);
        List<Object> removed = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryRemoved(Object key) {
                removed.add(key);
            }
        });
        cache.put("a", "A");
        cache.put("b", "B");

        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        cache.put("b", null);

        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(removed).containsExactly("a", "b");
        assertThat(cache.putIfAbsent("a", "A2")).isTrue();
        assertThat(cache.putIfAbsent("a", "A3")).isFalse();
        assertThat(cache.<String, String>get("a")).isEqualTo("A2");
    }
}
