package se.reorgledger.api.integrity.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.DigestException;
import java.util.Arrays;
import java.util.List;
import se.reorgledger.api.integrity.ChainLink;
import se.reorgledger.api.integrity.EntryHashing;
import se.reorgledger.api.integrity.Hex;
import se.reorgledger.api.integrity.IntactRun;
import se.reorgledger.api.integrity.merkle.MerkleHashing;

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
    /** The keys of an event's line in the order the writer writes them, each as {@link ExportLineParser} names it. */
    private static final List<byte[]> LINE = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16).stream()
            .map(ExportLineParser.KEYS::get).toList();
    private static final int PAYLOAD = 11;
    private static final int META_DATA = 12;
    private static final int ENTRY_HASH = 13;
    private static final int CHAIN_HASH = 14;
    private static final byte[] NOTHING = new byte[0];

    /** A chunk read into a run, and how many lines it held, for numbering the lines of the chunks after it. */
    public record Read(IntactRun run, long lines) {
    }

    private final JsonLineScanner json;
    private final EntryHashing.Encoder encoder = new EntryHashing.Encoder();
    private final MessageDigest digest = EntryHashing.sha256();
    private final boolean leaves;
    private final byte[] entryHash = new byte[HASH];
    private final byte[] storedEntryHash = new byte[HASH];
    private final byte[] chainedHash = new byte[HASH];
    private byte[] chainHashes;
    private byte[] leafHashes;
    private int size;
    private long firstPosition;
    private long globalIndex;
    private String firstEntryHash;

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
        String lastEntryHash = size == 1 ? firstEntryHash : Hex.format(entryHash);
        ChainLink last = new ChainLink(firstPosition + size - 1, globalIndex, lastEntryHash,
                Hex.format(Arrays.copyOfRange(chainHashes, (size - 1) * HASH, size * HASH)));
        IntactRun run = new IntactRun(firstPosition, size, firstEntryHash, size == 1 ? last.chainHash()
                : Hex.format(Arrays.copyOfRange(chainHashes, 0, HASH)), last, chainHashes, leafHashes);
        return new Read(run, json.line() - 1);
    }

    /** One line, hashed as it is read; it must be intact and follow the line before it. */
    private void line() {
        json.expect('{');
        key(0);
        Long position = json.number();
        require(position != null && (size == 0 || position == firstPosition + size));
        encoder.start(position);
        globalIndex = number(1);
        text(2);
        text(3);
        number(4);
        for (int slot = 5; slot <= 10; slot++) {
            text(slot);
        }
        key(PAYLOAD);
        json.string();
        encoder.bytes(json.lastSource(), json.lastFrom(), json.lastTo());
        key(META_DATA);
        if (json.nullLiteral()) {
            encoder.bytes(NOTHING, 0, 0);
        } else {
            json.string();
            encoder.bytes(json.lastSource(), json.lastFrom(), json.lastTo());
        }
        byte[] computed = encoder.hash();
        key(ENTRY_HASH);
        require(hash(storedEntryHash, 0) && Arrays.equals(computed, storedEntryHash));
        key(CHAIN_HASH);
        room();
        require(hash(chainHashes, size * HASH));
        if (size == 0) {
            firstPosition = position;
            firstEntryHash = Hex.format(computed);
        } else {
            requireChained(computed);
        }
        if (leaves) {
            System.arraycopy(MerkleHashing.leafHash(computed), 0, leafHashes, size * HASH, HASH);
        }
        System.arraycopy(computed, 0, entryHash, 0, HASH);
        json.skipSpace();
        json.expect('}');
        size++;
    }

    /** The link's chain hash follows from the one before and this entry hash. */
    private void requireChained(byte[] computedEntryHash) {
        digest.update(chainHashes, (size - 1) * HASH, HASH);
        digest.update(computedEntryHash);
        try {
            digest.digest(chainedHash, 0, HASH);
        } catch (DigestException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
        require(Arrays.equals(chainedHash, 0, HASH, chainHashes, size * HASH, (size + 1) * HASH));
    }

    /** The next field's key, which must be the writer's key at {@code index} of {@link #LINE}. */
    private void key(int index) {
        if (index > 0) {
            json.skipSpace();
            json.expect(',');
        }
        json.skipSpace();
        json.string();
        require(json.lastStringIs(LINE.get(index)));
        json.skipSpace();
        json.expect(':');
        json.skipSpace();
    }

    private long number(int index) {
        key(index);
        Long value = json.number();
        require(value != null);
        encoder.number(value);
        return value;
    }

    /** A text field, fed to the encoding as its UTF-8 (plain ASCII bytes are that already), null as no bytes. */
    private void text(int index) {
        key(index);
        if (json.nullLiteral()) {
            encoder.bytes(NOTHING, 0, 0);
            return;
        }
        json.string();
        if (json.lastStringIsAscii()) {
            encoder.bytes(json.lastSource(), json.lastFrom(), json.lastTo());
        } else {
            byte[] utf8 = new String(json.lastSource(), json.lastFrom(), json.lastTo() - json.lastFrom(),
                    StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            encoder.bytes(utf8, 0, utf8.length);
        }
    }

    /** A hash string, read into {@code out} at {@code at}; whether it was one written as the writer writes one. */
    private boolean hash(byte[] out, int at) {
        if (json.nullLiteral()) {
            return false;
        }
        json.string();
        return Hex.parseHash(json.lastSource(), json.lastFrom(), json.lastTo(), out, at);
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
