package se.reorgledger.api.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.reorgledger.api.config.LedgerMetaData;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.InvalidChangeException;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.organisation.ConflictException;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.organisation.RecordChangePackageCommand;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.core.organisation.UnknownEntityException;
import se.reorgledger.core.person.RegisterPersonCommand;
import se.reorgledger.core.recording.RecordedEvent;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.projections.LedgerProjection;
import se.reorgledger.projections.committees.CommitteeView;

/**
 * A dry run of a scenario (one decision and its package from a form, or a whole file): every command is sent to
 * a {@link Rehearsal}, a throw-away copy of the organisation with the same rules, and what each package would do
 * is kept, or the first refusal as the ledger's own exception, so that a page can word it. The steps of a
 * decision's life written in the file are rehearsed too, so a step out of order is refused here as on import.
 * Nothing is recorded.
 */
public final class ScenarioPreview {

    private final EventStore eventStore;

    public ScenarioPreview(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * What the packages would do, in order, up to the first refusal (then {@code refusal} says why); when none
     * was refused, {@code committeesAfter} gives the nämnder on a date as the rehearsal left them.
     */
    public record Result(List<PackageOutcome> packages, ScenarioDecision refusedAt, RuntimeException refusal,
                         Function<LocalDate, List<CommitteeView>> committeesAfter) {

        public Result {
            packages = List.copyOf(packages);
        }

        public Result(List<PackageOutcome> packages, ScenarioDecision refusedAt, RuntimeException refusal) {
            this(packages, refusedAt, refusal, null);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    public Result preview(Scenario scenario) {
        String organisationId = scenario.organisation().id();
        List<? extends DomainEventMessage<?>> recorded = eventStore.readEvents(organisationId).asStream().toList();
        List<PackageOutcome> outcomes = new ArrayList<>();
        ScenarioDecision current = null;
        try (Rehearsal rehearsal = Rehearsal.seededWith(recorded)) {
            CommandGateway gateway = rehearsal.commandGateway();
            if (recorded.isEmpty()) {
                gateway.sendAndWait(new RegisterOrganisationCommand(organisationId, scenario.organisation().name()));
            }
            for (ScenarioPerson person : scenario.persons()) {
                gateway.sendAndWait(new RegisterPersonCommand(organisationId, person.id(), person.name()));
            }
            for (ScenarioDecision decision : scenario.decisions()) {
                current = decision;
                gateway.sendAndWait(new RecordDecisionCommand(organisationId, decision.decision()));
                if (!decision.changes().isEmpty()) {
                    List<Change> changes = decision.changes().stream().map(ScenarioChange::change).toList();
                    PackageOutcome outcome = gateway.sendAndWait(new RecordChangePackageCommand(organisationId,
                            decision.decision().id(), changes, false));
                    outcomes.add(outcome);
                }
                for (ScenarioLifecycleStep step : decision.lifecycle()) {
                    gateway.sendAndWait(new RecordLifecycleStepCommand(organisationId, decision.decision().id(),
                            step.step()));
                }
            }
            return new Result(outcomes, null, null, committeesAfter(organisationId,
                    rehearsal.events(organisationId)));
        } catch (PackageRefusedException | ConflictException | UnknownEntityException | InvalidChangeException e) {
            return new Result(outcomes, current, e);
        }
    }

    /**
     * The rehearsal's events read into a throw-away projection, the read side the pages use, so that the
     * preview can compare the nämnder after the package with those recorded. Read as known now: the
     * rehearsal's events were stamped as they were rehearsed.
     */
    private static Function<LocalDate, List<CommitteeView>> committeesAfter(
            String organisationId, List<? extends DomainEventMessage<?>> events) {
        LedgerProjection after = new LedgerProjection();
        long position = 0;
        for (DomainEventMessage<?> event : events) {
            Object principal = event.getMetaData().get(LedgerMetaData.PRINCIPAL);
            after.apply(new RecordedEvent(position++, event.getIdentifier(), event.getTimestamp(),
                    principal == null ? null : principal.toString(), event.getPayload()));
        }
        Instant known = Instant.now();
        return date -> after.committees(organisationId, date, known).committees();
    }
}
