package se.reorgledger.api.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.reorgledger.core.change.DatedChangeEvent;
import se.reorgledger.core.correction.ChangeAnnulledEvent;
import se.reorgledger.core.correction.EffectiveDateCorrectedEvent;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.state.ChangePhase;
import se.reorgledger.core.state.OrganisationState;
import se.reorgledger.core.state.TimedChange;
import se.reorgledger.testkit.InMemoryLedger.RecordedMessage;
import se.reorgledger.core.unit.UnitState;

/**
 * The organisation on a date, folded from recorded events the way every reader of the ledger folds them:
 * corrections applied, annulled changes left out, same-date changes in {@link ChangePhase#EFFECTIVE_ORDER}.
 * Folding only the first {@code knownEvents} events answers what the ledger knew at that point.
 */
final class RecordedOrganisation {

    private RecordedOrganisation() {
    }

    static OrganisationState asOf(List<RecordedMessage> events, LocalDate date) {
        return asOf(events, date, events.size());
    }

    static OrganisationState asOf(List<RecordedMessage> events, LocalDate date, int knownEvents) {
        UnitState root = null;
        Map<String, String> personNames = new HashMap<>();
        Map<String, TimedChange> changes = new LinkedHashMap<>();
        long order = 0;
        for (RecordedMessage message : events.subList(0, knownEvents)) {
            Object payload = message.payload();
            if (payload instanceof OrganisationRegisteredEvent registered) {
                root = UnitState.root(registered.organisationId(), registered.name());
            } else if (payload instanceof PersonRegisteredEvent person) {
                personNames.put(person.personId(), person.name());
            } else if (payload instanceof PersonNameCorrectedEvent person) {
                personNames.put(person.personId(), person.name());
            } else if (payload instanceof DatedChangeEvent change) {
                changes.put(change.changeId(), TimedChange.asRecorded(change, order++));
            } else if (payload instanceof EffectiveDateCorrectedEvent corrected) {
                TimedChange target = changes.get(corrected.targetChangeId());
                changes.put(corrected.targetChangeId(),
                        new TimedChange(target.event(), corrected.effectiveDate(), target.ledgerOrder()));
            } else if (payload instanceof ChangeAnnulledEvent annulled) {
                changes.remove(annulled.targetChangeId());
            }
        }
        OrganisationState state = new OrganisationState(root, personNames::get);
        List<TimedChange> ordered = new ArrayList<>(changes.values());
        ordered.sort(ChangePhase.EFFECTIVE_ORDER);
        ordered.stream().filter(change -> !change.effectiveDate().isAfter(date))
                .forEach(change -> state.apply(change.event(), change.effectiveDate()));
        return state;
    }
}
