package se.reorgledger.projections.index;

import static se.reorgledger.projections.index.CheckpointOutput.DATE;
import static se.reorgledger.projections.index.CheckpointOutput.ENUM;
import static se.reorgledger.projections.index.CheckpointOutput.FALSE;
import static se.reorgledger.projections.index.CheckpointOutput.INSTANT;
import static se.reorgledger.projections.index.CheckpointOutput.INT;
import static se.reorgledger.projections.index.CheckpointOutput.LIST;
import static se.reorgledger.projections.index.CheckpointOutput.LONG;
import static se.reorgledger.projections.index.CheckpointOutput.NULL;
import static se.reorgledger.projections.index.CheckpointOutput.RECORD;
import static se.reorgledger.projections.index.CheckpointOutput.REF;
import static se.reorgledger.projections.index.CheckpointOutput.STRING;
import static se.reorgledger.projections.index.CheckpointOutput.TRUE;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads what {@link CheckpointOutput} wrote. A record type is made through its canonical constructor, as the
 * read models made it; one whose components are no longer those the checkpoint describes, or that is not one
 * of the ledger's own types, makes the checkpoint unreadable ({@link IncompatibleCheckpointException}) rather than
 * half-read.
 */
public final class CheckpointInput implements AutoCloseable {

    private static final String LEDGER_TYPES = "se.reorgledger.";

    private final InputStream source;
    // Its own buffer: the streams' single-byte reads are synchronized, and a checkpoint is a billion bytes.
    private final byte[] buffer;
    private int next;
    private int limit;
    // The values referred to by number, in the order read: an array of its own, as a section refers to millions.
    private Object[] refs = new Object[1 << 12];
    private int refCount;
    private final List<ClassShape> classes = new ArrayList<>();

    public CheckpointInput(InputStream source) {
        this.source = source;
        this.buffer = new byte[1 << 16];
    }

    /**
     * Reads one organisation's section held whole in memory: no copy, no stream beneath, and types and values of
     * its own, so that it is read without the others.
     */
    public CheckpointInput(byte[] section) {
        this.source = InputStream.nullInputStream();
        this.buffer = section;
        this.limit = section.length;
    }

    private int readByte() throws IOException {
        if (next == limit) {
            fill();
        }
        return buffer[next++] & 0xFF;
    }

    private void fill() throws IOException {
        int read = source.read(buffer, 0, buffer.length);
        if (read <= 0) {
            throw new java.io.EOFException("the checkpoint ends early");
        }
        next = 0;
        limit = read;
    }

    private void readFully(byte[] bytes) throws IOException {
        int done = 0;
        while (done < bytes.length) {
            if (next == limit) {
                fill();
            }
            int chunk = Math.min(bytes.length - done, limit - next);
            System.arraycopy(buffer, next, bytes, done, chunk);
            next += chunk;
            done += chunk;
        }
    }

    /** Whether every byte of a section read from memory ({@link #CheckpointInput(byte[])}) has been read. */
    public boolean atEnd() {
        return next == limit;
    }

    public int readInt() throws IOException {
        long value = readLong();
        if (value != (int) value) {
            throw new IncompatibleCheckpointException("a number out of range: " + value);
        }
        return (int) value;
    }

    public long readLong() throws IOException {
        if (limit - next >= MAX_NUMBER_BYTES) {
            return readLongInBuffer();
        }
        long bits = 0;
        int shift = 0;
        while (true) {
            int b = readByte();
            bits |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
            if (shift > 63) {
                throw new IncompatibleCheckpointException("a number longer than 64 bits");
            }
        }
        return (bits >>> 1) ^ -(bits & 1);
    }

    /** The most bytes a number takes: ten of seven bits. */
    private static final int MAX_NUMBER_BYTES = 10;

    /**
     * {@link #readLong} where the whole number is known to be in the buffer, as every number of a section read
     * from memory but its last few: no check for the buffer's end at each byte, for the millions of numbers a
     * section holds.
     */
    private long readLongInBuffer() {
        byte[] bytes = buffer;
        int at = next;
        long bits = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = bytes[at++];
            bits |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                next = at;
                return (bits >>> 1) ^ -(bits & 1);
            }
        }
        throw new IncompatibleCheckpointException("a number longer than 64 bits");
    }

    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    public String readText() throws IOException {
        int length = readInt();
        if (length < 0) {
            return null;
        }
        if (limit - next >= length) {
            // Decoded where it lies (always, for a section read from memory): no copy of every text first.
            String text = new String(buffer, next, length, StandardCharsets.UTF_8);
            next += length;
            return text;
        }
        byte[] bytes = new byte[length];
        readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A count of things to read: never negative. */
    public int readCount() throws IOException {
        int count = readInt();
        if (count < 0) {
            throw new IncompatibleCheckpointException("a negative count: " + count);
        }
        return count;
    }

    public int[] readInts(int capacity) throws IOException {
        int count = readCount();
        int[] values = new int[Math.max(capacity, count)];
        for (int i = 0; i < count; i++) {
            values[i] = readInt();
        }
        return values;
    }

    public Object readValue() throws IOException {
        int tag = readByte();
        switch (tag) {
            case NULL:
                return null;
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case INT:
                return readInt();
            case LONG:
                return readLong();
            case INSTANT:
                return Instant.ofEpochSecond(readLong(), readInt());
            case ENUM:
                return readClass().constant(readInt());
            case REF:
                int ref = readInt();
                if (ref < 0 || ref >= refCount) {
                    throw new IncompatibleCheckpointException("a reference to value " + ref + " of " + refCount);
                }
                return refs[ref];
            case STRING:
                return remember(readText());
            case DATE:
                return remember(LocalDate.ofEpochDay(readLong()));
            case LIST:
                return remember(readList());
            case RECORD:
                return remember(readRecord());
            default:
                throw new IncompatibleCheckpointException("an unknown tag " + tag);
        }
    }

    private Object remember(Object value) {
        if (refCount == refs.length) {
            refs = Arrays.copyOf(refs, refs.length * 2);
        }
        refs[refCount++] = value;
        return value;
    }

    private List<Object> readList() throws IOException {
        int size = readCount();
        Object[] elements = new Object[size];
        boolean anyNull = false;
        for (int i = 0; i < size; i++) {
            elements[i] = readValue();
            anyNull |= elements[i] == null;
        }
        return anyNull ? Collections.unmodifiableList(Arrays.asList(elements)) : List.of(elements);
    }

    private Object readRecord() throws IOException {
        ClassShape shape = readClass();
        Object[] components = new Object[shape.componentCount];
        for (int i = 0; i < components.length; i++) {
            components[i] = readValue();
        }
        return shape.create(components);
    }

    private ClassShape readClass() throws IOException {
        int id = readInt();
        if (id >= 0) {
            if (id >= classes.size()) {
                throw new IncompatibleCheckpointException("a reference to type " + id + " of " + classes.size());
            }
            return classes.get(id);
        }
        String name = readText();
        String recorded = readText();
        ClassShape shape = ClassShape.known(name, recorded);
        classes.add(shape);
        return shape;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    /** A record or enum type as the running code has it, checked against the shape the checkpoint recorded. */
    private static final class ClassShape {

        private final Class<?> type;
        private final int componentCount;
        private final MethodHandle constructor;
        private final Object[] constants;

        private ClassShape(Class<?> type, int componentCount, MethodHandle constructor, Object[] constants) {
            this.type = type;
            this.componentCount = componentCount;
            this.constructor = constructor;
            this.constants = constants;
        }

        /**
         * Every section describes its types again: a shape once checked against the running code is kept, so 900
         * organisations' sections do not each look up and check the same constructors.
         */
        private static final java.util.Map<String, ClassShape> CHECKED = new java.util.concurrent.ConcurrentHashMap<>();

        static ClassShape known(String name, String recorded) {
            String key = name + "\n" + recorded;
            ClassShape shape = CHECKED.get(key);
            if (shape == null) {
                shape = of(name, recorded);
                CHECKED.put(key, shape);
            }
            return shape;
        }

        static ClassShape of(String name, String recorded) {
            if (name == null || !name.startsWith(LEDGER_TYPES)) {
                throw new IncompatibleCheckpointException("a type that is not the ledger's own: " + name);
            }
            Class<?> type;
            try {
                type = Class.forName(name, false, CheckpointInput.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IncompatibleCheckpointException("the type " + name + " no longer exists");
            }
            if (!type.isRecord() && !type.isEnum()) {
                throw new IncompatibleCheckpointException("the type " + name + " is neither a record nor an enum");
            }
            String now = CheckpointOutput.RecordShape.describe(type);
            if (!now.equals(recorded)) {
                throw new IncompatibleCheckpointException("the type " + name + " has changed since the checkpoint "
                        + "was written (then: " + recorded + " now: " + now + ")");
            }
            if (type.isEnum()) {
                return new ClassShape(type, 0, null, type.getEnumConstants());
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                var declared = type.getDeclaredConstructor(types);
                declared.setAccessible(true);
                MethodHandle constructor = MethodHandles.lookup().unreflectConstructor(declared)
                        .asType(MethodType.methodType(Object.class, types))
                        .asSpreader(Object[].class, components.length);
                return new ClassShape(type, components.length, constructor, null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IncompatibleCheckpointException("cannot make a " + name + ": " + e);
            }
        }

        Object constant(int ordinal) {
            if (constants == null || ordinal < 0 || ordinal >= constants.length) {
                throw new IncompatibleCheckpointException("no constant " + ordinal + " of " + type.getName());
            }
            return constants[ordinal];
        }

        Object create(Object[] components) {
            if (constructor == null) {
                throw new IncompatibleCheckpointException(type.getName() + " is not a record");
            }
            try {
                // Exactly the handle's type, (Object[])Object: no adaptation of the call for each record.
                return (Object) constructor.invokeExact(components);
            } catch (Throwable e) {
                throw new IncompatibleCheckpointException("the " + type.getSimpleName()
                        + " the checkpoint holds is refused by its constructor: " + e);
            }
        }
    }
}
