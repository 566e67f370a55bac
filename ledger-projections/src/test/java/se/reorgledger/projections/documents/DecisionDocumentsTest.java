package se.reorgledger.projections.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.projections.scenario.AskersundLedger.BYGGNAMND;
import static se.reorgledger.projections.scenario.AskersundLedger.KOMMUN;
import static se.reorgledger.projections.scenario.AskersundLedger.NOVEMBER_DECISION;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.document.AttachDocumentCommand;
import se.reorgledger.core.document.DocumentPart;
import se.reorgledger.core.document.DocumentReference;
import se.reorgledger.core.document.DocumentRole;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.scenario.AskersundLedger;

/** A decision's documents as the read side lists them: each with its reference and link, as known at a moment. */
class DecisionDocumentsTest {

    private static final DocumentReference UTDRAG = new DocumentReference("Protokollsutdrag KS § 145.pdf",
            "application/pdf", 48_213, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    private static final DocumentReference REGLEMENTE = new DocumentReference("Reglemente 2026.txt",
            "text/plain; charset=utf-8", 9_870, "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13");

    @Test
    void aDecisionListsItsDocumentsWithTheirReferenceAndWhereTheirBytesAreServed() {
        AskersundLedger askersund = AskersundLedger.recorded();
        Instant before = askersund.recordAlso(new AttachDocumentCommand(KOMMUN, NOVEMBER_DECISION,
                DocumentPart.decision, null, null, DocumentRole.protokollsutdrag, UTDRAG));
        askersund.recordAlso(new AttachDocumentCommand(KOMMUN, NOVEMBER_DECISION, DocumentPart.reglemente,
                BYGGNAMND, "2026", DocumentRole.reglemente, REGLEMENTE));
        LedgerProjection projection = askersund.projection();

        assertThat(projection.decision(KOMMUN, NOVEMBER_DECISION, askersund.latest()).documents())
                .extracting(DocumentView::attachedTo, DocumentView::committeeId, DocumentView::reglementeVersion,
                        DocumentView::role, DocumentView::name, DocumentView::size, DocumentView::href)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DocumentPart.decision, null, null,
                                DocumentRole.protokollsutdrag, UTDRAG.name(), 48_213L,
                                "/api/v1/documents/" + UTDRAG.sha256()),
                        org.assertj.core.groups.Tuple.tuple(DocumentPart.reglemente, BYGGNAMND, "2026",
                                DocumentRole.reglemente, REGLEMENTE.name(), 9_870L,
                                "/api/v1/documents/" + REGLEMENTE.sha256()));
        assertThat(projection.decision(KOMMUN, NOVEMBER_DECISION, before).documents())
                .extracting(DocumentView::sha256).containsExactly(UTDRAG.sha256());
        assertThat(projection.decision(KOMMUN, NOVEMBER_DECISION, before.minusSeconds(60)).documents()).isEmpty();
    }
}
