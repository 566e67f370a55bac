package se.reorgledger.api.witness;

import java.util.Optional;

/**
 * Decides whether the ledger found at start may be used: it must be the ledger the witness describes, or a
 * consistent extension of it. Nothing here reads a file or the database; {@link LedgerWitness} does, and asks.
 */
final class WitnessCheck {

    /** What the check needs to know of the ledger in the database. */
    interface Found {

        long position();

        String chainHash();

        /** The chain hash of the event at {@code position}, if the chain holds one there. */
        Optional<String> chainHashAt(long position);

        /** Whether the Merkle tree over the first {@code size} events has {@code root} and the whole ledger extends it. */
        Optional<Boolean> extendsTree(long size, String root);

        default String head() {
            return position() + ":" + chainHash();
        }
    }

    private WitnessCheck() {
    }

    /**
     * @param witness    the witness in the data folder, if there is one
     * @param lastLedger where the service last ran with its default data folder, if the folder now is that
     *                   default (a start from another working folder finds another {@code ./data})
     * @param accept     the head an operator named to accept the ledger as it is, if any
     * @throws WitnessRefusal when the ledger found is not the one witnessed, nor an extension of it
     */
    static WitnessReport check(Found found, String dataFolder, String store, Optional<Witness> witness,
                               Optional<Witness> lastLedger, Optional<String> accept) {
        if (accept.isPresent()) {
            return accepted(found, witness, accept.get());
        }
        if (witness.isPresent()) {
            return againstWitness(found, witness.get());
        }
        lastLedger.filter(last -> found.position() == 0 && last.position() > 0
                        && !last.dataFolder().equals(dataFolder))
                .ifPresent(last -> {
                    throw new WitnessRefusal("Its data folder " + dataFolder + " (./data, resolved from the working "
                            + "folder) holds no ledger, but the last start with the default data folder ran on the "
                            + "ledger in " + last.dataFolder() + ": " + describe(last) + ". Starting here would "
                            + "silently begin a new, empty ledger.",
                            "To use that ledger, start from the folder that holds " + last.dataFolder()
                                    + " or set LEDGER_DATA_DIR=" + last.dataFolder() + ". To begin a new ledger in "
                                    + dataFolder + " deliberately, start once with LEDGER_ACCEPT_HEAD="
                                    + found.head() + ".");
                });
        return WitnessReport.noWitness(found.head());
    }

    private static WitnessReport accepted(Found found, Optional<Witness> witness, String accept) {
        if (!accept.strip().equals(found.head()) && !(found.position() == 0 && accept.strip().equals("0"))) {
            throw new WitnessRefusal("LEDGER_ACCEPT_HEAD names the head " + accept.strip() + ", but the ledger's head "
                    + "is " + found.head() + ". It accepts only the head it names, so a value left in place never "
                    + "accepts another ledger.",
                    "Remove LEDGER_ACCEPT_HEAD, or set it to " + found.head() + " to accept this ledger as it is.");
        }
        return WitnessReport.accepted(found.head(), witness.orElse(null));
    }

    private static WitnessReport againstWitness(Found found, Witness witness) {
        if (found.position() < witness.position()) {
            String lost = found.position() == 0 ? "is empty"
                    : "holds " + events(found.position()) + ": the last " + (witness.position() - found.position())
                    + " are missing";
            throw refusal(found, witness, "The ledger in " + witness.store() + " " + lost + ", but the witness "
                    + "records " + describe(witness) + ".");
        }
        if (witness.position() == 0) {
            return WitnessReport.consistent(found.head(), witness, "the witness records an empty ledger");
        }
        Optional<String> atWitness = found.chainHashAt(witness.position());
        if (atWitness.isEmpty() || !atWitness.get().equals(witness.chainHash())) {
            throw refusal(found, witness, "The ledger in the database is not the ledger the witness records ("
                    + describe(witness) + "): its chain hash at position " + witness.position() + " is "
                    + atWitness.orElse("missing") + ".");
        }
        String proof = "the chain hash at position " + witness.position() + " is the witnessed one";
        if (witness.merkleRoot() != null && witness.treeSize() != null) {
            Optional<Boolean> extended = found.extendsTree(witness.treeSize(), witness.merkleRoot());
            if (extended.isPresent() && !extended.get()) {
                throw refusal(found, witness, "The Merkle root over the first " + witness.treeSize() + " events is "
                        + "not the witnessed " + witness.merkleRoot() + ", or the ledger is not consistent with it.");
            }
            proof += extended.isPresent() ? ", and a Merkle consistency proof from " + witness.treeSize() + " to "
                    + found.position() + " events verifies against the witnessed root"
                    : " (the Merkle tree does not reach it: GET /api/v1/ledger/verify says why)";
        }
        return WitnessReport.consistent(found.head(), witness, proof);
    }

    private static WitnessRefusal refusal(Found found, Witness witness, String description) {
        return new WitnessRefusal(description, "If the database was restored from an older backup, or is the wrong "
                + "one, point LEDGER_DB_URL (or LEDGER_DATA_DIR) at the right one and start again. To carry on with "
                + "the ledger as it is, accepting that what the witness records beyond it is gone, start once with "
                + "LEDGER_ACCEPT_HEAD=" + found.head() + " (the witness is then rewritten).");
    }

    private static String describe(Witness witness) {
        return events(witness.position()) + ", chain hash " + witness.chainHash() + " (seen "
                + witness.writtenAt() + ", at " + witness.writtenWhen() + ")";
    }

    private static String events(long count) {
        return count + (count == 1 ? " event" : " events");
    }
}
