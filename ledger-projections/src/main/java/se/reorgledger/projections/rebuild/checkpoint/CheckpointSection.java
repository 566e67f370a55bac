package se.reorgledger.projections.rebuild.checkpoint;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.CheckpointInput;
import se.reorgledger.projections.index.OrganisationIndex;
import se.reorgledger.projections.index.RejectedSectionException;
import se.reorgledger.projections.index.UnloadedOrganisation;

/**
 * One organisation's section of a checkpoint whose header and table have been checked: loaded at its first use,
 * it is given out only once its bytes match their SHA-256 in the table, it decodes whole, and the index decoded
 * has the state digest the table holds for it, the one taken from the index that was written.
 */
final class CheckpointSection implements UnloadedOrganisation {

    private final SectionFile file;
    private final SectionTable.Entry entry;

    CheckpointSection(SectionFile file, SectionTable.Entry entry) {
        this.file = file;
        this.entry = entry;
    }

    @Override
    public String id() {
        return entry.id();
    }

    @Override
    public String name() {
        return entry.name();
    }

    @Override
    public Instant registeredAt() {
        return entry.registeredAt();
    }

    @Override
    public Instant newestRecordedAt() {
        return entry.newestRecordedAt();
    }

    @Override
    public OrganisationIndex load() {
        OrganisationIndex index;
        try {
            index = checked();
        } catch (VirtualMachineError e) {
            // Still pending: a later use reads the section again, so the file stays open for it.
            throw e;
        } catch (RuntimeException | Error e) {
            file.done();
            throw e;
        }
        file.done();
        return index;
    }

    private OrganisationIndex checked() {
        byte[] bytes;
        try {
            bytes = file.read(entry.offset(), (int) entry.length());
        } catch (IOException e) {
            throw rejected("its section cannot be read: " + e);
        }
        String sha256 = HexFormat.of().formatHex(CheckpointFile.sha256().digest(bytes));
        if (!MessageDigest.isEqual(sha256.getBytes(), entry.sectionSha256().getBytes())) {
            throw rejected("its section's bytes do not match their SHA-256 in the section table");
        }
        OrganisationIndex index;
        try {
            CheckpointInput in = new CheckpointInput(bytes);
            index = new OrganisationIndex(in);
            if (!in.atEnd()) {
                throw rejected("its section has bytes after it");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RejectedSectionException rejected) {
                throw rejected;
            }
            throw rejected("its section cannot be read: " + e);
        }
        if (!index.id().equals(entry.id()) || !index.name().equals(entry.name())
                || !Objects.equals(index.registeredAt(), entry.registeredAt())) {
            throw rejected("its section holds " + index.id() + " (" + index.name() + "), not what the table says");
        }
        // The table's newest recorded time is what a start reports as the read models' freshness: it must be the
        // section's, not merely signed with the table.
        Instant newest = index.newestRecordedAt();
        if (!Objects.equals(newest, entry.newestRecordedAt())) {
            throw rejected("its section's newest recorded time is " + newest + ", not the " + entry.newestRecordedAt()
                    + " the section table says");
        }
        String stateDigest = LedgerProjection.organisationStateDigest(index);
        if (!stateDigest.equals(entry.stateDigest())) {
            throw rejected("the read models read from its section have the state digest " + stateDigest
                    + ", not the " + entry.stateDigest() + " they had when it was written");
        }
        return index;
    }

    private RejectedSectionException rejected(String reason) {
        return new RejectedSectionException(entry.id(), reason);
    }
}
