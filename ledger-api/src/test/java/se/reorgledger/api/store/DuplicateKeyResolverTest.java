package se.reorgledger.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Only a unique-key violation, found among the causes, is a concurrent append of the same sequence. */
class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void aUniqueKeyViolationAnywhereAmongTheCausesIsADuplicateKey() {
        SQLException unique = new BatchUpdateException("duplicate key value", "23505", 0, new int[0]);

        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("append failed", unique))).isTrue();
    }

    @Test
    void otherConstraintViolationsAndOtherFailuresAreNot() {
        SQLException foreignKey = new SQLException("foreign key", "23503");

        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException(foreignKey))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
