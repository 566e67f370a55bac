package se.reorgledger.core.organisation;

import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberChange;
import static se.reorgledger.core.organisation.OrganisationFixtures.refusedBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.decision.AnslagPostedEvent;
import se.reorgledger.core.decision.DecisionAppealedEvent;
import se.reorgledger.core.decision.ProtocolJusteratEvent;
import se.reorgledger.core.decision.RulingGivenEvent;
import se.reorgledger.core.decision.RulingOutcome;
import se.reorgledger.core.document.AttachDocumentCommand;
import se.reorgledger.core.document.DocumentPart;
import se.reorgledger.core.document.DocumentReference;
import se.reorgledger.core.document.DocumentRole;
import se.reorgledger.core.rules.HardRule;

/**
 * Documents by hash on a decision's record: the protokollsutdrag on the decision, the dom on its ruling, the
 * reglemente text on the version it adopted. A document of a part not recorded is refused naming the rule.
 */
class DocumentAttachmentTest {

    private static final DocumentReference UTDRAG = new DocumentReference("Protokollsutdrag KS 2025-11-24 § 145.pdf",
            "application/pdf", 48_213, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    private static final DocumentReference DOM = new DocumentReference("Dom 1234-25.pdf", "application/pdf", 120_004,
            "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752");
    private static final DocumentReference REGLEMENTE = new DocumentReference("Reglemente tekniska nämnden 2026.txt",
            "text/plain; charset=utf-8", 9_870, "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13");
    private static final String COURT = "Förvaltningsrätten i Karlstad";

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    private static AttachDocumentCommand attach(DocumentPart part, DocumentRole role, DocumentReference document) {
        return new AttachDocumentCommand(ORG, NOVEMBER, part, null, null, role, document);
    }

    private static AttachDocumentCommand reglementeText(String version) {
        return new AttachDocumentCommand(ORG, NOVEMBER, DocumentPart.reglemente, "tekniska-namnden", version,
                DocumentRole.reglemente, REGLEMENTE);
    }

    private static List<Object> appealedAndRuled() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(new ProtocolJusteratEvent(ORG, NOVEMBER, LocalDate.of(2025, 11, 27)));
        history.add(new AnslagPostedEvent(ORG, NOVEMBER, LocalDate.of(2025, 11, 28)));
        history.add(new DecisionAppealedEvent(ORG, NOVEMBER, LocalDate.of(2025, 12, 10), COURT, "1234-25"));
        history.add(new RulingGivenEvent(ORG, NOVEMBER, LocalDate.of(2026, 3, 12), COURT, "1234-25",
                RulingOutcome.upheld, List.of()));
        return history;
    }

    @Test
    void aProtokollsutdragIsAttachedToARecordedDecision() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(attach(DocumentPart.decision, DocumentRole.protokollsutdrag, UTDRAG))
                .expectEvents(attach(DocumentPart.decision, DocumentRole.protokollsutdrag, UTDRAG).toEvent())
                .expectResultMessagePayload(true);
    }

    @Test
    void theSameAttachmentSentAgainRecordsNothing() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(attach(DocumentPart.decision, DocumentRole.protokollsutdrag, UTDRAG).toEvent());
        fixture.given(history)
                .when(attach(DocumentPart.decision, DocumentRole.protokollsutdrag, UTDRAG))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void theSameDocumentAttachedAgainWithOtherParticularsIsRefused() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(attach(DocumentPart.decision, DocumentRole.protokollsutdrag, UTDRAG).toEvent());
        fixture.given(history)
                .when(attach(DocumentPart.decision, DocumentRole.other, UTDRAG))
                .expectException(refusedBy(HardRule.DOCUMENT_ATTACHMENT))
                .expectNoEvents();
    }

    @Test
    void aDocumentOfAnUnknownDecisionIsRefusedAsNotFound() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(new AttachDocumentCommand(ORG, "ks-2099-01-01-1", DocumentPart.decision, null, null,
                        DocumentRole.protokollsutdrag, UTDRAG))
                .expectException(UnknownEntityException.class)
                .expectNoEvents();
    }

    @Test
    void aDomOnADecisionWithNoRulingIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(attach(DocumentPart.ruling, DocumentRole.dom, DOM))
                .expectException(refusedBy(HardRule.DOCUMENT_ATTACHMENT))
                .expectNoEvents();
    }

    @Test
    void aDomIsAttachedToARecordedRuling() {
        fixture.given(appealedAndRuled())
                .when(attach(DocumentPart.ruling, DocumentRole.dom, DOM))
                .expectEvents(attach(DocumentPart.ruling, DocumentRole.dom, DOM).toEvent());
    }

    @Test
    void aDocumentOfAJusteringNotRecordedIsRefused() {
        fixture.given(askersundBeforeTheReorganisation())
                .when(attach(DocumentPart.justering, DocumentRole.protokollsutdrag, UTDRAG))
                .expectException(refusedBy(HardRule.DOCUMENT_ATTACHMENT))
                .expectNoEvents();
    }

    @Test
    void aReglementeTextIsAttachedToTheVersionTheDecisionAdopted() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(new AdoptReglemente("tekniska-namnden", "2026", "Reglemente för tekniska nämnden", null, CUTOVER)
                .toEvent(ORG, NOVEMBER, novemberChange(1)));
        fixture.given(history)
                .when(reglementeText("2026"))
                .expectEvents(reglementeText("2026").toEvent());
    }

    @Test
    void aReglementeTextOfAVersionTheDecisionDidNotAdoptIsRefused() {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        history.add(new AdoptReglemente("tekniska-namnden", "2026", "Reglemente för tekniska nämnden", null, CUTOVER)
                .toEvent(ORG, NOVEMBER, novemberChange(1)));
        fixture.given(history)
                .when(reglementeText("2027"))
                .expectException(refusedBy(HardRule.DOCUMENT_ATTACHMENT))
                .expectNoEvents();
    }
}
