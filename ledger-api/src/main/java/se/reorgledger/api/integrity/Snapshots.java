package se.reorgledger.api.integrity;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a read of the ledger in one read-only, repeatable-read transaction: a snapshot in which the head, the
 * events and the links are of the same moment, while appends go on.
 */
@Component
public class Snapshots {

    private final TransactionTemplate snapshot;

    public Snapshots(PlatformTransactionManager transactions) {
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public <T> T read(Supplier<T> read) {
        return snapshot.execute(status -> read.get());
    }
}
