package se.reorgledger.core.organisation;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An unambiguous byte encoding of an event record, for digests that are stored forever. Every value is written
 * as a one-byte tag and, where it has a length, a four-byte length before its content, so no text can imitate the
 * structure around it. A record is its class name (an event's class name is part of the ledger's wire format and
 * never changes) and its components by name, in declaration order. A type it does not know is an error, never
 * a silent {@code toString()}.
 */
final class CanonicalEncoding {

    private static final byte NULL = 'N';
    private static final byte TEXT = 'S';
    private static final byte BOOLEAN = 'B';
    private static final byte NUMBER = 'I';
    private static final byte DATE = 'D';
    private static final byte ENUM = 'E';
    private static final byte LIST = 'L';
    private static final byte RECORD = 'R';

    /** Each record class's components, looked up once rather than copied out of the class at every record. */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return List.of(type.getRecordComponents());
        }
    };

    private CanonicalEncoding() {
    }

    /** The record's encoding, leaving out the named top-level components. */
    static byte[] record(Object value, Set<String> leftOut) {
        if (!(value instanceof Record record)) {
            throw new IllegalArgumentException("only records have a canonical encoding, not a "
                    + value.getClass().getName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        writeRecord(out, record, leftOut);
        return out.toByteArray();
    }

    static byte[] count(int count) {
        return ByteBuffer.allocate(Integer.BYTES).putInt(count).array();
    }

    private static void writeRecord(ByteArrayOutputStream out, Record value, Set<String> leftOut) {
        out.write(RECORD);
        writeText(out, value.getClass().getName());
        List<RecordComponent> written = COMPONENTS.get(value.getClass()).stream()
                .filter(component -> !leftOut.contains(component.getName())).toList();
        out.writeBytes(count(written.size()));
        for (RecordComponent component : written) {
            writeText(out, component.getName());
            write(out, valueOf(value, component));
        }
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            out.write(NULL);
        } else if (value instanceof String text) {
            out.write(TEXT);
            writeText(out, text);
        } else if (value instanceof Boolean flag) {
            out.write(BOOLEAN);
            out.write(flag ? 1 : 0);
        } else if (value instanceof Integer || value instanceof Long) {
            out.write(NUMBER);
            writeText(out, value.toString());
        } else if (value instanceof LocalDate date) {
            out.write(DATE);
            writeText(out, date.toString());
        } else if (value instanceof Enum<?> constant) {
            out.write(ENUM);
            writeText(out, constant.name());
        } else if (value instanceof List<?> list) {
            out.write(LIST);
            out.writeBytes(count(list.size()));
            list.forEach(element -> write(out, element));
        } else if (value instanceof Record record) {
            writeRecord(out, record, Set.of());
        } else {
            throw new IllegalArgumentException("no canonical encoding for a " + value.getClass().getName()
                    + "; give it one here before an event carries it");
        }
    }

    /**
     * A text as its UTF-16 code units, two bytes each, after their number: unlike a charset's encoder this never
     * replaces an unpaired surrogate, so two different texts never encode alike.
     */
    private static void writeText(ByteArrayOutputStream out, String text) {
        // Built whole and written once: the stream's single-byte writes are each synchronized.
        byte[] encoded = new byte[Integer.BYTES + 2 * text.length()];
        ByteBuffer.wrap(encoded).putInt(text.length());
        for (int i = 0; i < text.length(); i++) {
            char unit = text.charAt(i);
            encoded[Integer.BYTES + 2 * i] = (byte) (unit >>> 8);
            encoded[Integer.BYTES + 2 * i + 1] = (byte) unit;
        }
        out.writeBytes(encoded);
    }

    private static Object valueOf(Record value, RecordComponent component) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record components are public", e);
        }
    }
}
