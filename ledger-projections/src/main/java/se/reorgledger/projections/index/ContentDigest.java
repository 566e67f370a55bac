package se.reorgledger.projections.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.RandomAccess;
import se.reorgledger.core.committee.CommitteeState;

/**
 * A SHA-256 over everything an index holds, written in one canonical order (organisations, decisions and
 * entities by id, changes in ledger order, versions by their epochs and days), so two indexes of the same events
 * digest alike however they were built, and any difference of content shows.
 *
 * <p>Two ways of feeding a value: as its text (the read models' {@code checksum}, which the admin rebuild and the
 * read-model state endpoint compare, so its value must stay what it is), or, {@link #binary()}, as its bytes:
 * the same content in the same order, each value tagged with its kind and taken apart (a record component by
 * component, a list element by element) instead of turned into text, several times faster. A checkpoint proves
 * with the binary digest that the state it read back is the state it wrote.
 */
public final class ContentDigest {

    private static final ClassValue<byte[]> NAMES = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            return type.getName().getBytes(StandardCharsets.UTF_8);
        }
    };

    private final MessageDigest sha256;
    private final boolean binary;
    private final byte[] buffer;
    private int buffered;

    public ContentDigest() {
        this(false);
    }

    private ContentDigest(boolean binary) {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        this.binary = binary;
        this.buffer = binary ? new byte[1 << 13] : null;
    }

    /** A digest of the same content that feeds each value's bytes rather than its text. */
    public static ContentDigest binary() {
        return new ContentDigest(true);
    }

    public ContentDigest add(Object value) {
        if (binary) {
            feed(value);
            return this;
        }
        sha256.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0x1f);
        return this;
    }

    public String hex() {
        if (binary) {
            drain();
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A value as a tag and its bytes: texts and lists with their lengths, records with their type's name. */
    private void feed(Object value) {
        if (value == null) {
            tag(CheckpointOutput.NULL);
        } else if (value instanceof String text) {
            tag(CheckpointOutput.STRING);
            text(text);
        } else if (value instanceof Integer number) {
            tag(CheckpointOutput.INT);
            number(number);
        } else if (value instanceof Long number) {
            tag(CheckpointOutput.LONG);
            number(number);
        } else if (value instanceof Boolean bool) {
            tag(bool ? CheckpointOutput.TRUE : CheckpointOutput.FALSE);
        } else if (value instanceof LocalDate date) {
            tag(CheckpointOutput.DATE);
            number(date.toEpochDay());
        } else if (value instanceof Instant instant) {
            tag(CheckpointOutput.INSTANT);
            number(instant.getEpochSecond());
            number(instant.getNano());
        } else if (value instanceof Enum<?> constant) {
            tag(CheckpointOutput.ENUM);
            name(constant.getDeclaringClass());
            text(constant.name());
        } else if (value instanceof Record) {
            // Before the lists: a class's test is one comparison, an interface's a search of the type's
            // interfaces, and records are three times as many. No record of the ledger is a list.
            tag(CheckpointOutput.RECORD);
            RecordWalk walk = RecordWalk.of(value.getClass());
            bytes(walk.name());
            for (int i = 0; i < walk.componentCount(); i++) {
                feed(walk.component(value, i));
            }
        } else if (value instanceof List<?> list) {
            tag(CheckpointOutput.LIST);
            number(list.size());
            if (list instanceof RandomAccess) {
                // By index: the read models' lists are immutable ones, whose iterators are an object each.
                for (int i = 0; i < list.size(); i++) {
                    feed(list.get(i));
                }
            } else {
                for (Object element : list) {
                    feed(element);
                }
            }
        } else {
            // Anything else (a map, a set, a value of the index's own) as the text digest takes it: its text.
            tag(OTHER);
            name(value.getClass());
            text(String.valueOf(value));
        }
    }

    private static final int OTHER = 0x7f;

    private void name(Class<?> type) {
        bytes(NAMES.get(type));
    }

    /**
     * A text's UTF-8 bytes, preceded by their count, encoded straight into the buffer: a digest meets millions of
     * texts, and {@code getBytes} would make an array for each.
     */
    private void text(String text) {
        long room = Long.BYTES + (long) Utf8.MAX_BYTES_PER_CHAR * text.length();
        if (room > buffer.length) {
            bytes(text.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (buffer.length - buffered < room) {
            drain();
        }
        // The count goes before the bytes and is not known until they are written: they go after its place.
        int count = Utf8.encode(text, buffer, buffered + Long.BYTES) - buffered - Long.BYTES;
        number(count);
        buffered += count;
    }

    /**
     * An event id kept as a UUID's bits (see {@link EventId}), fed as its canonical text would be, without
     * making the text.
     */
    void addUuid(long high, long low) {
        if (!binary) {
            add(EventId.text(high, low));
            return;
        }
        tag(CheckpointOutput.STRING);
        number(EventId.TEXT_LENGTH);
        if (buffer.length - buffered < EventId.TEXT_LENGTH) {
            drain();
        }
        EventId.ascii(high, low, buffer, buffered);
        buffered += EventId.TEXT_LENGTH;
    }

    /** A whole number, fed as {@code add(Integer.valueOf(value))} would feed it, without the box. */
    private ContentDigest add(int value) {
        if (!binary) {
            return add((Object) value);
        }
        tag(CheckpointOutput.INT);
        number(value);
        return this;
    }

    /** A whole number, fed as {@code add(Long.valueOf(value))} would feed it, without the box. */
    private ContentDigest add(long value) {
        if (!binary) {
            return add((Object) value);
        }
        tag(CheckpointOutput.LONG);
        number(value);
        return this;
    }

    /** Bytes preceded by their count, so that no two sequences of values feed the same bytes. */
    private void bytes(byte[] bytes) {
        number(bytes.length);
        if (bytes.length > buffer.length - buffered) {
            drain();
            if (bytes.length > buffer.length) {
                sha256.update(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, buffered, bytes.length);
        buffered += bytes.length;
    }

    private void tag(int tag) {
        if (buffered == buffer.length) {
            drain();
        }
        buffer[buffered++] = (byte) tag;
    }

    private void number(long value) {
        if (buffer.length - buffered < Long.BYTES) {
            drain();
        }
        BIG_ENDIAN_LONG.set(buffer, buffered, value);
        buffered += Long.BYTES;
    }

    /** Eight bytes, most significant first, in one store: every value the digest feeds has a number or two. */
    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private void drain() {
        sha256.update(buffer, 0, buffered);
        buffered = 0;
    }

    public void add(OrganisationIndex index) {
        add("organisation").add(index.id()).add(index.name()).add(index.registeredAt());
        RecordedTimes times = index.times();
        for (int epoch = 0; epoch <= times.latest(); epoch++) {
            add(times.at(epoch));
        }
        add("persons").add(index.persons().contents());
        for (NameCorrectionEntry correction : index.nameCorrections()) {
            add("nameCorrection").add(correction.event()).facts(correction);
        }
        List<DecisionEntry> decisions = new ArrayList<>(index.decisions());
        decisions.sort(Comparator.comparing(decision -> decision.decision().id()));
        for (DecisionEntry decision : decisions) {
            add("decision").add(decision.decision()).facts(decision);
            decision.changes().forEach(change -> add(change.event().changeId()));
            decision.corrections().forEach(correction -> add(correction.event().changeId()));
            for (LifecycleEntry step : decision.lifecycle()) {
                add("lifecycle").add(step.event()).facts(step);
            }
            for (DocumentEntry document : decision.documents()) {
                add("document").add(document.event()).facts(document);
            }
        }
        for (ChangeEntry change : index.changeLog()) {
            add("change").add(change.event()).facts(change);
            for (CorrectionEntry correction : change.correctionsAt(Integer.MAX_VALUE)) {
                add("correction").add(correction.event()).facts(correction);
            }
        }
        entities("unit", index.units());
        entities("chefRole", index.chefRoles());
        entities("committee", index.committees());
        entities("assignment", index.assignments());
        entities("cooperation", index.cooperations());
    }

    private ContentDigest facts(RecordedFacts facts) {
        add(facts.position);
        facts.eventIdTo(this);
        return add(facts.epoch).add(facts.principal);
    }

    private <S> void entities(String kind, Collection<EntityTimeline<S>> timelines) {
        List<EntityTimeline<S>> sorted = new ArrayList<>(timelines);
        sorted.sort(Comparator.comparing(EntityTimeline::id));
        List<Version> versions = new ArrayList<>();
        for (EntityTimeline<S> timeline : sorted) {
            add(kind).add(timeline.id());
            versions.clear();
            timeline.versions().forEach((validFrom, validTo, knownFrom, knownTo, state) ->
                    versions.add(new Version(knownFrom, validFrom, knownTo, validTo, state)));
            versions.sort(Version.ORDER);
            for (Version version : versions) {
                add(version.knownFrom).add(version.validFrom).add(version.knownTo).add(version.validTo);
                state(version.state);
            }
        }
    }

    /**
     * A nämnd's state carries every reglemente adopted so far, each version's list its predecessor's plus one:
     * digesting the lists whole would make the checksum quadratic in a nämnd's revisions, so a list is digested
     * by its length and the version in force. The adoptions themselves are digested in full with the changes.
     */
    private void state(Object state) {
        if (state instanceof CommitteeState committee) {
            add(committee.id()).add(committee.name()).add(committee.type()).add(committee.registeredOn())
                    .add(committee.dissolvedOn()).add(committee.reglementen().size())
                    .add(committee.reglementeInForce()).add(committee.servingUnitIds())
                    .add(committee.memberMunicipalities());
        } else {
            add(state);
        }
    }

    private record Version(int knownFrom, int validFrom, int knownTo, int validTo, Object state) {
        /** By known-from, valid-from, known-to, valid-to: one comparison, no chain of lambdas, for millions. */
        static final Comparator<Version> ORDER = (a, b) -> {
            int order = Integer.compare(a.knownFrom, b.knownFrom);
            if (order == 0) {
                order = Integer.compare(a.validFrom, b.validFrom);
            }
            if (order == 0) {
                order = Integer.compare(a.knownTo, b.knownTo);
            }
            return order != 0 ? order : Integer.compare(a.validTo, b.validTo);
        };
    }
}
