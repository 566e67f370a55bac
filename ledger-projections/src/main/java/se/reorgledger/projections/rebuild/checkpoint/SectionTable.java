package se.reorgledger.projections.rebuild.checkpoint;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.reorgledger.projections.index.CheckpointInput;
import se.reorgledger.projections.index.CheckpointOutput;
import se.reorgledger.projections.index.IncompatibleCheckpointException;

/**
 * The table at the end of a checkpoint: per organisation, in id order, what a listing needs of it (id, name,
 * registration, newest recorded time), where its section lies in the file, the SHA-256 of the section's bytes and
 * the organisation's own state digest ({@code LedgerProjection.organisationStateDigest}). A start reads and checks
 * this table, not the sections; each section is checked against it when it is loaded.
 */
final class SectionTable {

    private SectionTable() {
    }

    /** One organisation's row. */
    record Entry(String id, String name, Instant registeredAt, Instant newestRecordedAt, long offset, long length,
                 String sectionSha256, String stateDigest) {
    }

    static void write(CheckpointOutput out, List<Entry> entries) throws IOException {
        out.writeInt(entries.size());
        for (Entry entry : entries) {
            out.writeText(entry.id());
            out.writeText(entry.name());
            instant(out, entry.registeredAt());
            out.writeBoolean(entry.newestRecordedAt() != null);
            if (entry.newestRecordedAt() != null) {
                instant(out, entry.newestRecordedAt());
            }
            out.writeLong(entry.offset());
            out.writeLong(entry.length());
            out.writeText(entry.sectionSha256());
            out.writeText(entry.stateDigest());
        }
    }

    /**
     * The table's rows, each section within {@code [sectionsFrom, sectionsTo)}, the ids in strictly rising order.
     *
     * @throws IncompatibleCheckpointException when a row says otherwise
     */
    static List<Entry> read(CheckpointInput in, long sectionsFrom, long sectionsTo) throws IOException {
        int count = in.readCount();
        List<Entry> entries = new ArrayList<>(Math.min(count, 1 << 16));
        String previous = null;
        for (int i = 0; i < count; i++) {
            String id = in.readText();
            String name = in.readText();
            Instant registeredAt = instant(in);
            Instant newest = in.readBoolean() ? instant(in) : null;
            Entry entry = new Entry(id, name, registeredAt, newest, in.readLong(), in.readLong(), in.readText(),
                    in.readText());
            if (id == null || name == null || entry.sectionSha256() == null || entry.stateDigest() == null) {
                throw new IncompatibleCheckpointException("a row of the section table without all its values");
            }
            if (previous != null && previous.compareTo(id) >= 0) {
                throw new IncompatibleCheckpointException("the section table is not in id order at " + id);
            }
            if (entry.offset() < sectionsFrom || entry.length() < 0 || entry.length() > Integer.MAX_VALUE - 16
                    || entry.offset() + entry.length() > sectionsTo) {
                throw new IncompatibleCheckpointException("the section of " + id + " lies outside the sections");
            }
            entries.add(entry);
            previous = id;
        }
        if (!in.atEnd()) {
            throw new IncompatibleCheckpointException("the section table has bytes after it");
        }
        return entries;
    }

    private static void instant(CheckpointOutput out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant instant(CheckpointInput in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }
}
