package se.reorgledger.api.document;

import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator that bytes in the document store no longer hash to their name: one error line and the
 * counter {@code ledger.documents.altered}, the same whether the API or a page found it.
 */
public final class AlteredDocumentAlarm {

    private static final Logger log = LoggerFactory.getLogger(AlteredDocumentAlarm.class);

    private AlteredDocumentAlarm() {
    }

    public static void raise(DocumentAlteredException e) {
        log.error("Document bytes altered in the store: {}", e.getMessage());
        Metrics.counter("ledger.documents.altered").increment();
    }
}
