package se.reorgledger.integrity.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A growing list of 32-byte hashes in flat chunks: a million of them cost 32 MB, not a million objects. */
final class HashArray {

    private static final int HASHES_PER_CHUNK = 1 << 15;
    private static final int CHUNK_BYTES = HASHES_PER_CHUNK * MerkleHashing.HASH_LENGTH;

    private final List<byte[]> chunks = new ArrayList<>();
    private long size;

    void add(byte[] hash) {
        int offset = (int) (size % HASHES_PER_CHUNK) * MerkleHashing.HASH_LENGTH;
        if (offset == 0) {
            chunks.add(new byte[CHUNK_BYTES]);
        }
        System.arraycopy(hash, 0, chunks.get(chunks.size() - 1), offset, MerkleHashing.HASH_LENGTH);
        size++;
    }

    byte[] get(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int offset = (int) (index % HASHES_PER_CHUNK) * MerkleHashing.HASH_LENGTH;
        byte[] chunk = chunks.get((int) (index / HASHES_PER_CHUNK));
        return Arrays.copyOfRange(chunk, offset, offset + MerkleHashing.HASH_LENGTH);
    }

    long size() {
        return size;
    }
}
