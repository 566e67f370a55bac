package se.reorgledger.api.web;

import java.time.Instant;
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

    private final ProjectionHolder readModels;
    private final ReadModelGate gate;
    private final ReadTime time;

    LedgerReads(ProjectionHolder readModels, ReadModelGate gate, ReadTime time) {
        this.readModels = readModels;
        this.gate = gate;
        this.time = time;
    }

    /** The read models; a page is not drawn from read models that are still catching up with the ledger. */
    LedgerProjection current() {
        gate.requireAnswering();
        return readModels.current();
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
