package se.reorgledger.integrity.chain;

/**
 * One step of chain arithmetic done ahead of the walk, on another thread: {@code next} is what
 * {@link ChainHashes#next(String, String)} gives for {@code previous} and {@code entryHash}. The walk takes it when
 * it meets the same two hashes, and hashes for itself when it does not.
 */
record ChainStep(String previous, String entryHash, String next) {

    boolean isFor(String previous, String entryHash) {
        return this.previous.equals(previous) && this.entryHash.equals(entryHash);
    }
}
