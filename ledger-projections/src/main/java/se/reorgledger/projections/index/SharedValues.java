package se.reorgledger.projections.index;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes a deserialised event share the values it repeats with every other event of its organisation. Each event
 * arrives with its own copies of the organisation's id, the unit's id, the decision's id, its dates; kept as they
 * come, those copies would cost a few hundred bytes per event, which at millions of events is most of the heap.
 * What is unique to one event is left alone: kept in the shared values, it would only make them grow by an entry
 * per event, and every lookup slower, to share nothing.
 */
final class SharedValues {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    /**
     * Components that name what only one event names: a change's id, the changes of a package and the digest of
     * its request, the change a correction targets (change ids are left alone, so there is nothing to share it
     * with).
     */
    private static final Set<String> UNIQUE_TO_THE_EVENT = Set.of("changeId", "changeIds", "requestDigest",
            "targetChangeId");

    private final Map<Object, Object> values = new HashMap<>();
    // The value each component of each event type had last: consecutive events mostly repeat the organisation,
    // the decision and the date, and an equals on the last one spares a lookup in a map of every value.
    private final Map<Class<?>, Object[]> lastValues = new HashMap<>();
    private String lastText;

    /** The same event, its strings, dates and lists of strings replaced by shared equal ones. */
    Object share(Object payload) {
        if (!(payload instanceof Record record)) {
            return payload;
        }
        Shape shape = SHAPES.computeIfAbsent(payload.getClass(), Shape::of);
        Object[] components = shape.components(record);
        Object[] last = lastValues.computeIfAbsent(payload.getClass(), type -> new Object[components.length]);
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            if (shape.shared[i]) {
                Object value = components[i];
                Object previous = last[i];
                Object shared = previous != null && previous.equals(value) ? previous : shareValue(value);
                last[i] = shared;
                changed |= shared != value;
                components[i] = shared;
            }
        }
        return changed ? shape.create(components) : payload;
    }

    /** The shared copy of a text, such as the principal that recorded an event. */
    String text(String value) {
        if (value == null || value.equals(lastText)) {
            return value == null ? null : lastText;
        }
        lastText = (String) intern(value);
        return lastText;
    }

    private Object shareValue(Object value) {
        if (value instanceof String || value instanceof LocalDate) {
            return intern(value);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
            List<Object> shared = new ArrayList<>(list.size());
            list.forEach(element -> shared.add(intern(element)));
            return intern(List.copyOf(shared));
        }
        return value;
    }

    private Object intern(Object value) {
        Object known = values.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /** How to take a record type apart and put it together again. */
    private record Shape(MethodHandle[] accessors, boolean[] shared, MethodHandle constructor) {

        static Shape of(Class<?> type) {
            try {
                RecordComponent[] components = type.getRecordComponents();
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle[] accessors = new MethodHandle[components.length];
                boolean[] shared = new boolean[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = lookup.unreflect(components[i].getAccessor());
                    types[i] = components[i].getType();
                    shared[i] = !UNIQUE_TO_THE_EVENT.contains(components[i].getName());
                }
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, components.length);
                return new Shape(accessors, shared, constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("events are public records: " + type.getName(), e);
            }
        }

        Object[] components(Record record) {
            Object[] values = new Object[accessors.length];
            try {
                for (int i = 0; i < accessors.length; i++) {
                    values[i] = accessors[i].invoke(record);
                }
            } catch (Throwable e) {
                throw new IllegalStateException("reading " + record.getClass().getName(), e);
            }
            return values;
        }

        Object create(Object[] components) {
            try {
                return constructor.invoke(components);
            } catch (Throwable e) {
                throw new IllegalStateException("rebuilding an event from its own components", e);
            }
        }
    }
}
