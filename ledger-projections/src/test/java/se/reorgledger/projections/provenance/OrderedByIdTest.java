package se.reorgledger.projections.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderedByIdTest {

    @Test
    void keepsTheOrderOfAddingAndFindsEachIdBeyondItsFirstCapacity() {
        OrderedById.Builder<Integer> builder = new OrderedById.Builder<>(1);
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            String id = "id-" + ((i * 37) % 50);
            builder.add(id, i);
            expected.put(id, i);
        }
        OrderedById<Integer> map = builder.build();

        assertThat(List.copyOf(map.entrySet())).isEqualTo(List.copyOf(expected.entrySet()));
        assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(50);
        assertThat(map.get("id-37")).isEqualTo(1);
        assertThat(map.idAt(1)).isEqualTo("id-37");
        assertThat(map.valueAt(49)).isEqualTo(49);
        assertThat(map.get("id-50")).isNull();
        assertThat(map.containsKey("id-0")).isTrue();
        assertThat(map.containsKey("id-50")).isFalse();
    }

    @Test
    void isUnmodifiableAndRefusesPlacesOutsideIt() {
        OrderedById<String> map = new OrderedById.Builder<String>(2).add("a", "x").build();

        assertThatThrownBy(() -> map.put("b", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("z"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.valueAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(new OrderedById.Builder<String>(0).build()).isEmpty();
    }

    @Test
    void anIdAddedTwiceIsABrokenPromiseNotASilentlyLostValue() {
        OrderedById<String> map = new OrderedById.Builder<String>(2).add("a", "x").add("a", "y").build();

        assertThatThrownBy(() -> map.get("a")).isInstanceOf(IllegalStateException.class).hasMessageContaining("a");
    }
}
