package se.reorgledger.projections.index;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * How the binary digest takes a record type apart: its name's bytes and its components' accessors, looked up
 * once per type. Each accessor is made a {@link Function}, as {@code UnitState::name} would be, so that reading
 * one of the millions of components a digest reads is a plain call, not a method handle's adapted invocation.
 */
final class RecordWalk {

    private static final ClassValue<RecordWalk> WALKS = new ClassValue<>() {
        @Override
        protected RecordWalk computeValue(Class<?> type) {
            return new RecordWalk(type);
        }
    };
    private static final MethodType APPLY = MethodType.methodType(Object.class, Object.class);

    private final byte[] name;
    private final Function<Object, Object>[] accessors;

    @SuppressWarnings("unchecked")
    private RecordWalk(Class<?> type) {
        this.name = type.getName().getBytes(StandardCharsets.UTF_8);
        RecordComponent[] components = type.getRecordComponents();
        this.accessors = new Function[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                accessors[i] = accessor(type, components[i].getAccessor());
            }
        } catch (Throwable e) {
            throw new IllegalStateException("cannot take apart " + type.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Class<?> type, Method method) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            lookup.accessClass(type);
        } catch (IllegalAccessException notVisibleFromHere) {
            // A record this package cannot name (a private one of another class): read through its handle.
            method.setAccessible(true);
            MethodHandle handle = lookup.unreflect(method).asType(APPLY);
            return record -> invoke(handle, record);
        }
        MethodHandle target = lookup.unreflect(method);
        return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                MethodType.methodType(Function.class), APPLY, target, target.type().wrap())
                .getTarget().invoke();
    }

    private static Object invoke(MethodHandle handle, Object record) {
        try {
            return (Object) handle.invokeExact(record);
        } catch (Throwable e) {
            throw new IllegalStateException("reading a component of " + record.getClass().getName(), e);
        }
    }

    static RecordWalk of(Class<?> type) {
        return WALKS.get(type);
    }

    /** The type's name in UTF-8, as the digest feeds it. */
    byte[] name() {
        return name;
    }

    int componentCount() {
        return accessors.length;
    }

    /** The value of a record's component, a primitive one boxed. */
    Object component(Object record, int index) {
        return accessors[index].apply(record);
    }
}
