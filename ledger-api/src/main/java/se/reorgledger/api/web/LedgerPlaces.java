package se.reorgledger.api.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.api.integrity.LedgerRows;
import se.reorgledger.integrity.chain.ChainLink;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.decisions.DecidedChange;
import se.reorgledger.projections.decisions.DecisionEvent;
import se.reorgledger.projections.decisions.DecisionView;
import se.reorgledger.projections.history.CorrectionView;

/**
 * Where a decision is in the ledger: each of its stored events with its position in the hash chain (what an
 * inclusion proof and the export name) and its row in the event table, told in Swedish.
 */
final class LedgerPlaces {

    /** One event; {@code position} is null when the chain holds no link for it (GET /reskontra?verifiera says why). */
    record Place(Long position, long globalIndex, String eventId, String kind, String what, String recordedAt) {
    }

    private LedgerPlaces() {
    }

    /** The places of a decision's events as known at {@code knownAt}: its events from the read models, their links from the chain. */
    static List<Place> read(LedgerProjection ledger, LedgerRows rows, String organisationId, DecisionView view,
                            Instant knownAt) {
        List<DecisionEvent> events = ledger.decisionEvents(organisationId, view.decision().id(), knownAt);
        return of(view, events, rows.linksAtGlobalIndexes(events.stream().map(DecisionEvent::globalIndex).toList()));
    }

    static List<Place> of(DecisionView view, List<DecisionEvent> events, Map<Long, ChainLink> links) {
        Map<String, DecidedChange> changes = new HashMap<>();
        view.changes().forEach(change -> changes.put(change.eventId(), change));
        Map<String, CorrectionView> corrections = new HashMap<>();
        view.corrections().forEach(correction -> corrections.put(correction.eventId(), correction));
        return events.stream().map(event -> {
            ChainLink link = links.get(event.globalIndex());
            String[] told = told(event, changes.get(event.eventId()), corrections.get(event.eventId()));
            return new Place(link == null ? null : link.position(), event.globalIndex(), event.eventId(), told[0],
                    told[1], SwedishTime.of(event.recordedAt()));
        }).toList();
    }

    private static String[] told(DecisionEvent event, DecidedChange change, CorrectionView correction) {
        if (event.what().equals("decisionRecorded")) {
            return new String[] {"Beslut", "Beslutet registreras"};
        }
        if (change != null) {
            return new String[] {"Ändring", change.summary() + " (från " + change.effectiveDate() + ")"};
        }
        if (correction != null) {
            return new String[] {"Rättelse", "Ändring " + correction.targetChangeId() + " "
                    + (correction.effectiveDate() == null ? "annulleras"
                    : "gäller i stället från " + correction.effectiveDate()) + ": " + correction.reason()};
        }
        return new String[] {"Steg", LifecycleTexts.step(event.what())};
    }
}
