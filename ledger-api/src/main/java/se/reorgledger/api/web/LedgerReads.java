package se.reorgledger.api.web;

import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import se.reorgledger.api.readmodel.ReadModelGate;
import se.reorgledger.api.readmodel.ReadTime;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.index.OrganisationRef;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/** What every page reads through: the read models once they may answer, and the two times of a question. */
@Component
class LedgerReads {

    private final Supplier<LedgerProjection> readModels;
    private final Runnable gate;
    private final ReadTime time;

    @Autowired
    LedgerReads(ProjectionHolder readModels, ReadModelGate gate, ReadTime time) {
        this(readModels::current, gate::requireAnswering, time);
    }

    /** Reads of given read models, where {@code gate} throws while they may not answer. */
    LedgerReads(Supplier<LedgerProjection> readModels, Runnable gate, ReadTime time) {
        this.readModels = readModels;
        this.gate = gate;
        this.time = time;
    }

    /** The read models; a page is not drawn from read models that are still catching up with the ledger. */
    LedgerProjection current() {
        gate.run();
        return readModels.get();
    }

    DateField dates() {
        return new DateField(time);
    }

    /** @throws UnknownEntityException for an organisation the ledger did not hold at {@code knownAt} */
    OrganisationRef organisation(String organisationId, Instant knownAt) {
        return current().organisations(knownAt).stream()
                .filter(organisation -> organisation.id().equals(organisationId))
                .findFirst()
                .orElseThrow(() -> new UnknownEntityException("organisation", organisationId));
    }
}
