package se.reorgledger.projections.index;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the read models' values (events, states, the decisions and lists they hold) in the checkpoint's compact
 * binary form: a tag byte per value, numbers as variable-length integers, and every text, date, list and record
 * written once and referred to by number after that, so the states that versions share stay shared when read
 * back. A record type is described (its name and its components' names and types) where it first appears, so a
 * checkpoint written before a record gained or lost a component is recognised and not read
 * ({@link CheckpointInput}). Only records, enums, lists, texts, dates, instants, booleans and whole numbers can be
 * written: anything else stops the checkpoint, saying what it met.
 */
public final class CheckpointOutput implements AutoCloseable {

    static final int NULL = 0;
    static final int REF = 1;
    static final int STRING = 2;
    static final int DATE = 3;
    static final int INSTANT = 4;
    static final int TRUE = 5;
    static final int FALSE = 6;
    static final int INT = 7;
    static final int LONG = 8;
    static final int ENUM = 9;
    static final int LIST = 10;
    static final int RECORD = 11;

    private final OutputStream sink;
    // Its own buffer: the streams' single-byte writes are synchronized, and a checkpoint is a billion bytes.
    private final byte[] buffer = new byte[1 << 16];
    private int buffered;
    private final Map<Object, Integer> byValue = new HashMap<>();
    private final Map<Object, Integer> byIdentity = new IdentityHashMap<>();
    private final Map<Class<?>, Integer> classes = new HashMap<>();
    private final Map<Class<?>, MethodHandle[]> accessors = new HashMap<>();
    private int nextRef;

    public CheckpointOutput(OutputStream sink) {
        this.sink = sink;
    }

    private void writeByte(int value) throws IOException {
        if (buffered == buffer.length) {
            drain();
        }
        buffer[buffered++] = (byte) value;
    }

    private void writeBytes(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - buffered) {
            drain();
            if (bytes.length > buffer.length) {
                sink.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, buffered, bytes.length);
        buffered += bytes.length;
    }

    private void drain() throws IOException {
        sink.write(buffer, 0, buffered);
        buffered = 0;
    }

    public void writeInt(int value) throws IOException {
        writeLong(value);
    }

    /** A signed number in as few bytes as it needs (zig-zag, seven bits a byte). */
    public void writeLong(long value) throws IOException {
        long bits = (value << 1) ^ (value >> 63);
        while ((bits & ~0x7FL) != 0) {
            writeByte((int) ((bits & 0x7F) | 0x80));
            bits >>>= 7;
        }
        writeByte((int) bits);
    }

    public void writeBoolean(boolean value) throws IOException {
        writeByte(value ? 1 : 0);
    }

    public void writeText(String value) throws IOException {
        if (value == null) {
            writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeInt(bytes.length);
        writeBytes(bytes);
    }

    public void writeInts(int[] values, int count) throws IOException {
        writeInt(count);
        for (int i = 0; i < count; i++) {
            writeInt(values[i]);
        }
    }

    /** Any value the read models hold, tagged with its kind. */
    public void writeValue(Object value) throws IOException {
        if (value == null) {
            writeByte(NULL);
        } else if (value instanceof Boolean bool) {
            writeByte(bool ? TRUE : FALSE);
        } else if (value instanceof Integer number) {
            writeByte(INT);
            writeInt(number);
        } else if (value instanceof Long number) {
            writeByte(LONG);
            writeLong(number);
        } else if (value instanceof Instant instant) {
            writeByte(INSTANT);
            writeLong(instant.getEpochSecond());
            writeInt(instant.getNano());
        } else if (value instanceof Enum<?> constant) {
            writeByte(ENUM);
            writeClass(constant.getDeclaringClass());
            writeInt(constant.ordinal());
        } else if (value instanceof String || value instanceof LocalDate) {
            writeShared(value);
        } else if (value instanceof List<?> || value instanceof Record) {
            writeComposite(value);
        } else {
            throw new IllegalArgumentException("the read models' checkpoint cannot hold a "
                    + value.getClass().getName() + "; teach CheckpointOutput and CheckpointInput to");
        }
    }

    private void writeShared(Object value) throws IOException {
        Integer known = byValue.get(value);
        if (known != null) {
            writeByte(REF);
            writeInt(known);
            return;
        }
        if (value instanceof String text) {
            writeByte(STRING);
            writeText(text);
        } else {
            writeByte(DATE);
            writeLong(((LocalDate) value).toEpochDay());
        }
        byValue.put(value, nextRef++);
    }

    private void writeComposite(Object value) throws IOException {
        Integer known = byIdentity.get(value);
        if (known != null) {
            writeByte(REF);
            writeInt(known);
            return;
        }
        if (value instanceof List<?> list) {
            writeByte(LIST);
            writeInt(list.size());
            for (Object element : list) {
                writeValue(element);
            }
        } else {
            writeByte(RECORD);
            writeClass(value.getClass());
            for (MethodHandle accessor : accessorsOf(value.getClass())) {
                writeValue(component(accessor, value));
            }
        }
        // Numbered after its parts, as the reader can only number it once they are read and it is made.
        byIdentity.put(value, nextRef++);
    }

    private static Object component(MethodHandle accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (Throwable e) {
            throw new IllegalStateException("reading a component of " + record.getClass().getName(), e);
        }
    }

    private MethodHandle[] accessorsOf(Class<?> type) {
        return accessors.computeIfAbsent(type, RecordShape::accessors);
    }

    /** A class by its number, described in full where it first appears. */
    private void writeClass(Class<?> type) throws IOException {
        Integer known = classes.get(type);
        if (known != null) {
            writeInt(known);
            return;
        }
        writeInt(-1);
        writeText(type.getName());
        writeText(RecordShape.describe(type));
        classes.put(type, classes.size());
    }

    /** Hands everything written so far to the stream beneath, and flushes it. */
    public void flush() throws IOException {
        drain();
        sink.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        sink.close();
    }

    /** How a record or enum type is taken apart and described. */
    static final class RecordShape {

        private RecordShape() {
        }

        static MethodHandle[] accessors(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] handles = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    components[i].getAccessor().setAccessible(true);
                    handles[i] = java.lang.invoke.MethodHandles.lookup().unreflect(components[i].getAccessor());
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot take apart " + type.getName(), e);
            }
            return handles;
        }

        /**
         * The shape a checkpoint records of a type: each component's name and generic type, or each constant's
         * name. A type whose shape differs from the one recorded makes the checkpoint unreadable.
         */
        static String describe(Class<?> type) {
            StringBuilder shape = new StringBuilder();
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    shape.append(((Enum<?>) constant).name()).append(';');
                }
            } else {
                for (RecordComponent component : type.getRecordComponents()) {
                    shape.append(component.getGenericType().getTypeName()).append(' ')
                            .append(component.getName()).append(';');
                }
            }
            return shape.toString();
        }
    }
}
