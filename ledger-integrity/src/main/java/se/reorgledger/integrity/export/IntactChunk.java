package se.reorgledger.integrity.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.reorgledger.integrity.chain.ChainHashes;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.integrity.chain.EntryField;
import se.reorgledger.integrity.chain.EntryHashing;
import se.reorgledger.integrity.chain.Hex;
import se.reorgledger.integrity.chain.IntactRun;
import se.reorgledger.integrity.merkle.MerkleHashing;

/**
 * The fast lane of verifying an export. Nearly every chunk of an export is intact, and checking an intact chunk
 * needs none of its rows: only the hashes. A chunk whose lines are all exactly as {@link ExportWriter} writes them
 * (the fields in its order, payload and metadata as text, hashes as 64 lower-case digits, no blank line) and all
 * intact among themselves is read here straight from its bytes into an {@link IntactRun}. Any other chunk, a
 * tampered one or one written otherwise, is not read here at all but row by row, so that whatever is found in it
 * is found by the one walk that names findings.
 */
public final class IntactChunk {

    private static final int HASH = 32;
    /** The entry's fields in the order the writer writes them, which is the order of the encoding. */
    private static final EntryField[] FIELDS = EntryField.NAMED.toArray(new EntryField[0]);
    /** The keys of an event's line in the order the writer writes them: the entry's fields, then the hashes. */
    private static final byte[][] KEYS = keys();
    private static final int ENTRY_HASH = FIELDS.length;
    private static final int CHAIN_HASH = FIELDS.length + 1;
    private static final byte[] NOTHING = new byte[0];

    /** A chunk read into a run, and how many lines it held, for numbering the lines of the chunks after it. */
    public record Read(IntactRun run, long lines) {
    }

    private final JsonLineScanner json;
    private final EntryHashing.Encoder encoder = new EntryHashing.Encoder();
    private final boolean leaves;
    private final byte[] storedEntryHash = new byte[HASH];
    private byte[] chainHashes;
    private byte[] leafHashes;
    private int size;
    private long firstPosition;
    private String firstEntryHash;
    private String firstChainHash;
    /** The last line's global index and hashes. */
    private long globalIndex;
    private byte[] lastEntryHash;
    private byte[] lastChainHash;

    private IntactChunk(ExportChunks.Chunk chunk, boolean leaves) {
        this.json = new JsonLineScanner(chunk.bytes(), 0, chunk.length(), 1);
        this.leaves = leaves;
        int lines = chunk.length() / 512 + 1;
        this.chainHashes = new byte[lines * HASH];
        this.leafHashes = leaves ? new byte[lines * HASH] : null;
    }

    /**
     * The chunk as a run when it is one, with the Merkle leaf of each event if {@code leaves}; null when it is to be
     * read row by row.
     */
    public static Read read(ExportChunks.Chunk chunk, boolean leaves) {
        IntactChunk reader = new IntactChunk(chunk, leaves);
        try {
            return reader.readAll();
        } catch (MalformedExportException | NotIntact readRowByRow) {
            return null;
        }
    }

    private Read readAll() {
        while (json.skipBlankLines() != -1) {
            require(json.line() == size + 1);
            line();
            json.endOfLine();
        }
        require(size > 0);
        ChainLink last = new ChainLink(firstPosition + size - 1, globalIndex, Hex.format(lastEntryHash),
                Hex.format(lastChainHash));
        IntactRun run = new IntactRun(firstPosition, size, firstEntryHash, firstChainHash, last, chainHashes,
                leafHashes);
        return new Read(run, json.line() - 1);
    }

    private static byte[][] keys() {
        List<byte[]> keys = new ArrayList<>();
        for (EntryField field : FIELDS) {
            keys.add(field.keyBytes());
        }
        keys.add("entryHash".getBytes(StandardCharsets.UTF_8));
        keys.add("chainHash".getBytes(StandardCharsets.UTF_8));
        return keys.toArray(new byte[0][]);
    }

    /** One line, hashed as it is read; it must be intact and follow the line before it. */
    private void line() {
        json.expect('{');
        encoder.reset();
        long position = 0;
        for (int index = 0; index < FIELDS.length; index++) {
            EntryField field = FIELDS[index];
            key(index);
            switch (field.kind()) {
                case NUMBER -> {
                    Long value = json.number();
                    require(value != null);
                    if (field == EntryField.POSITION) {
                        position = value;
                        require(size == 0 || position == firstPosition + size);
                        encoder.start(position);
                    } else {
                        encoder.number(field, value);
                        if (field == EntryField.GLOBAL_INDEX) {
                            globalIndex = value;
                        }
                    }
                }
                case TEXT -> text(field);
                case BYTES -> exactBytes(field);
                default -> throw NotIntact.INSTANCE;
            }
        }
        byte[] computed = encoder.hash();
        require(computed != null);
        key(ENTRY_HASH);
        require(hash(storedEntryHash) && Arrays.equals(computed, storedEntryHash));
        key(CHAIN_HASH);
        byte[] chainHash = new byte[HASH];
        require(hash(chainHash));
        if (size == 0) {
            firstPosition = position;
            firstEntryHash = Hex.format(computed);
            firstChainHash = Hex.format(chainHash);
        } else {
            // The link follows from the one before and this entry.
            require(ChainHashes.follows(lastChainHash, computed, chainHash));
        }
        room();
        System.arraycopy(chainHash, 0, chainHashes, size * HASH, HASH);
        if (leaves) {
            System.arraycopy(MerkleHashing.leafHash(computed), 0, leafHashes, size * HASH, HASH);
        }
        lastEntryHash = computed;
        lastChainHash = chainHash;
        json.skipSpace();
        json.expect('}');
        size++;
    }

    /** Payload or metadata as the writer writes them, text that is the exact bytes; null only for metadata. */
    private void exactBytes(EntryField field) {
        if (field != EntryField.PAYLOAD && json.nullLiteral()) {
            encoder.bytes(field, NOTHING, 0, 0);
        } else {
            json.string();
            encoder.bytes(field, json.lastSource(), json.lastFrom(), json.lastTo());
        }
    }

    /** The next field's key, which must be the writer's key at {@code index} of {@link #LINE}. */
    private void key(int index) {
        if (index > 0) {
            json.skipSpace();
            json.expect(',');
        }
        json.skipSpace();
        json.string();
        require(json.lastStringIs(KEYS[index]));
        json.skipSpace();
        json.expect(':');
        json.skipSpace();
    }

    /** A text field, fed to the encoding as its UTF-8, null as no bytes. */
    private void text(EntryField field) {
        if (json.nullLiteral()) {
            encoder.bytes(field, NOTHING, 0, 0);
        } else {
            json.string();
            LineEntryHash.encodeLastText(encoder, field, json);
        }
    }

    /** A hash string, read into {@code out}; whether it was one written as the writer writes one. */
    private boolean hash(byte[] out) {
        if (json.nullLiteral()) {
            return false;
        }
        json.string();
        return Hex.parseHash(json.lastSource(), json.lastFrom(), json.lastTo(), out);
    }

    private void room() {
        if (chainHashes.length < (size + 1) * HASH) {
            chainHashes = Arrays.copyOf(chainHashes, chainHashes.length * 2);
            leafHashes = leaves ? Arrays.copyOf(leafHashes, leafHashes.length * 2) : null;
        }
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw NotIntact.INSTANCE;
        }
    }

    /** The chunk is to be read row by row; thrown often enough on tampered exports to carry no stack trace. */
    private static final class NotIntact extends RuntimeException {

        static final NotIntact INSTANCE = new NotIntact();

        private NotIntact() {
            super("not an intact chunk", null, false, false);
        }
    }
}
