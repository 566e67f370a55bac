package se.reorgledger.integrity.merkle;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The root of an RFC 6962 tree computed while its leaves stream past, in O(log n) memory: it keeps one hash per
 * set bit of the leaf count, the complete subtrees from the left, and folds them from the right at the end.
 */
public final class RunningMerkleRoot {

    private record Subtree(long leaves, byte[] hash) {
    }

    private final Deque<Subtree> subtrees = new ArrayDeque<>();
    private long size;

    public void appendLeafHash(byte[] leafHash) {
        Subtree merged = new Subtree(1, leafHash);
        while (!subtrees.isEmpty() && subtrees.peekLast().leaves() == merged.leaves()) {
            Subtree left = subtrees.removeLast();
            merged = new Subtree(left.leaves() * 2, MerkleHashing.nodeHash(left.hash(), merged.hash()));
        }
        subtrees.addLast(merged);
        size++;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        if (subtrees.isEmpty()) {
            return MerkleHashing.emptyRoot();
        }
        var fromTheRight = subtrees.descendingIterator();
        byte[] root = fromTheRight.next().hash();
        while (fromTheRight.hasNext()) {
            root = MerkleHashing.nodeHash(fromTheRight.next().hash(), root);
        }
        return root;
    }
}
