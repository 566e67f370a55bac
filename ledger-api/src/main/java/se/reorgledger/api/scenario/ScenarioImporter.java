package se.reorgledger.api.scenario;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.organisation.OrganisationRegisteredEvent;

/**
 * Imports scenario files into the ledger through the command gateway, as a user of the API would: every
 * decision and package is a command, checked by the organisation's rules and recorded as events with the
 * importing principal. The files are first rehearsed, whole, on an in-memory copy of the organisation; only if
 * every step passes there are they sent for real, so a broken file records nothing. Importing the same files
 * again records nothing new.
 */
public final class ScenarioImporter {

    private final CommandGateway commandGateway;
    private final EventStore eventStore;
    private final Supplier<Instant> ledgerHead;
    private final Clock clock;

    public ScenarioImporter(CommandGateway commandGateway, EventStore eventStore) {
        this(commandGateway, eventStore, () -> null, Clock.systemUTC());
    }

    /**
     * @param ledgerHead the recorded time of the ledger's newest event (null when empty), against which migrated
     *                   history is checked before anything is recorded
     */
    public ScenarioImporter(CommandGateway commandGateway, EventStore eventStore, Supplier<Instant> ledgerHead,
                            Clock clock) {
        this.commandGateway = commandGateway;
        this.eventStore = eventStore;
        this.ledgerHead = ledgerHead;
        this.clock = clock;
    }

    public ImportReport importScenario(Scenario scenario, String principal, ImportProgressListener listener) {
        return importScenarios(List.of(scenario), principal, listener);
    }

    public ImportReport importScenario(Scenario scenario, ImportBy by, ImportProgressListener listener) {
        return importScenarios(List.of(scenario), by, listener);
    }

    /** As {@link #importScenarios(List, ImportBy, ImportProgressListener)}, by a principal who is not an admin. */
    public ImportReport importScenarios(List<Scenario> scenarios, String principal, ImportProgressListener listener) {
        if (principal == null || principal.isBlank()) {
            throw new IllegalArgumentException("an import is made by someone: the principal is required");
        }
        return importScenarios(scenarios, ImportBy.registrar(principal), listener);
    }

    /**
     * Imports files that build on each other (a second file correcting the first) as one: all are rehearsed
     * before any is recorded. They must all be about the same organisation.
     *
     * @throws ScenarioImportException naming the file, line and rule of the first problem; nothing is recorded
     */
    public ImportReport importScenarios(List<Scenario> scenarios, ImportBy by, ImportProgressListener listener) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("an import needs at least one scenario file");
        }
        requireOneOrganisation(scenarios);
        List<DomainEventMessage<?>> recorded = recordedEvents(scenarios.get(0).organisation().id());
        requireSameName(scenarios.get(0), recorded);
        MigratedTimes.check(scenarios, by, ledgerHead.get(), clock.instant(), recordedDecisions(recorded));
        Instant importedAt = clock.instant();
        try (Rehearsal rehearsal = Rehearsal.seededWith(recorded)) {
            new ImportRun(rehearsal.commandGateway(), by.principal(), importedAt, ImportPhase.REHEARSAL, listener,
                    recorded).send(scenarios);
        }
        return new ImportRun(commandGateway, by.principal(), importedAt, ImportPhase.RECORDING, listener, recorded)
                .send(scenarios);
    }

    private static Set<String> recordedDecisions(List<DomainEventMessage<?>> recorded) {
        return recorded.stream().map(DomainEventMessage::getPayload)
                .filter(DecisionRecordedEvent.class::isInstance).map(DecisionRecordedEvent.class::cast)
                .map(DecisionRecordedEvent::decisionId).collect(Collectors.toSet());
    }

    private List<DomainEventMessage<?>> recordedEvents(String organisationId) {
        return eventStore.readEvents(organisationId).asStream().collect(Collectors.toList());
    }

    private static void requireOneOrganisation(List<Scenario> scenarios) {
        ScenarioOrganisation first = scenarios.get(0).organisation();
        for (Scenario scenario : scenarios) {
            ScenarioOrganisation organisation = scenario.organisation();
            if (!organisation.id().equals(first.id()) || !organisation.name().equals(first.name())) {
                throw new ScenarioImportException(scenario.file(), organisation.line(), ScenarioRule.ONE_ORGANISATION,
                        "The files of one import are about one organisation: this file names '" + organisation.id()
                                + "' (" + organisation.name() + "), " + scenarios.get(0).file() + " names '"
                                + first.id() + "' (" + first.name() + ")");
            }
        }
    }

    private static void requireSameName(Scenario scenario, List<DomainEventMessage<?>> recorded) {
        if (recorded.isEmpty() || !(recorded.get(0).getPayload() instanceof OrganisationRegisteredEvent registered)) {
            return;
        }
        ScenarioOrganisation organisation = scenario.organisation();
        if (!registered.name().equals(organisation.name())) {
            throw new ScenarioImportException(scenario.file(), organisation.line(), ScenarioRule.ONE_ORGANISATION,
                    "The ledger holds organisation '" + organisation.id() + "' as '" + registered.name()
                            + "', but the file names it '" + organisation.name() + "'");
        }
    }
}
