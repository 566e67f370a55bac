package se.reorgledger.projections.index;

import java.lang.invoke.MethodHandle;
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
import se.reorgledger.core.committee.CommitteeState;

/**
 * {@link ContentDigest} as it was before it was made faster, kept to prove that it still gives the same digests
 * ({@link CheckpointCodecUnchangedTest}): a checkpoint written by one build is checked by the next with them.
 */
final class FormerContentDigest {

    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            return CheckpointOutput.RecordShape.accessors(type);
        }
    };
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

    FormerContentDigest() {
        this(false);
    }

    private FormerContentDigest(boolean binary) {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        this.binary = binary;
        this.buffer = binary ? new byte[1 << 13] : null;
    }

    /** A digest of the same content that feeds each value's bytes rather than its text. */
    static FormerContentDigest binary() {
        return new FormerContentDigest(true);
    }

    public FormerContentDigest add(Object value) {
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
        } else if (value instanceof List<?> list) {
            tag(CheckpointOutput.LIST);
            number(list.size());
            for (Object element : list) {
                feed(element);
            }
        } else if (value instanceof Record) {
            tag(CheckpointOutput.RECORD);
            name(value.getClass());
            for (MethodHandle accessor : ACCESSORS.get(value.getClass())) {
                feed(component(accessor, value));
            }
        } else {
            // Anything else (a map, a set, a value of the index's own) as the text digest takes it: its text.
            tag(OTHER);
            name(value.getClass());
            text(String.valueOf(value));
        }
    }

    private static final int OTHER = 0x7f;

    private static Object component(MethodHandle accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (Throwable e) {
            throw new IllegalStateException("reading a component of " + record.getClass().getName(), e);
        }
    }

    private void name(Class<?> type) {
        bytes(NAMES.get(type));
    }

    private void text(String text) {
        bytes(text.getBytes(StandardCharsets.UTF_8));
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
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[buffered++] = (byte) (value >>> shift);
        }
    }

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

    private FormerContentDigest facts(RecordedFacts facts) {
        return add(facts.position).add(facts.eventId()).add(facts.epoch).add(facts.principal);
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
        static final Comparator<Version> ORDER = Comparator.comparingInt(Version::knownFrom)
                .thenComparingInt(Version::validFrom).thenComparingInt(Version::knownTo)
                .thenComparingInt(Version::validTo);
    }
}
