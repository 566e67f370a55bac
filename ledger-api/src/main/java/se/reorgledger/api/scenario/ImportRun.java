package se.reorgledger.api.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import se.reorgledger.api.config.LedgerMetaData;
import se.reorgledger.api.store.RegisteredTimeRefusedException;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.organisation.PackageOutcome;
import se.reorgledger.core.organisation.RecordChangePackageCommand;
import se.reorgledger.core.organisation.RegisterOrganisationCommand;
import se.reorgledger.core.person.RegisterPersonCommand;
import se.reorgledger.core.rules.GuidelineFinding;

/**
 * One pass of an import through one command gateway: the organisation if it is not yet recorded, then file by
 * file its persons and its decisions, each decision followed by its package and then the steps of its life
 * (justering, anslag...) written with it, through the same command as the API's. Every command is one the ledger
 * treats as done when it is sent again unchanged, which is what makes a second import record nothing.
 */
final class ImportRun {

    private final CommandGateway gateway;
    private final String principal;
    private final Instant importedAt;
    private final ImportPhase phase;
    private final ImportProgressListener listener;
    private final boolean organisationRecorded;
    private final ChangeLines changeLines = new ChangeLines();

    ImportRun(CommandGateway gateway, String principal, Instant importedAt, ImportPhase phase,
              ImportProgressListener listener, List<? extends EventMessage<?>> recorded) {
        this.gateway = gateway;
        this.principal = principal;
        this.importedAt = importedAt;
        this.phase = phase;
        this.listener = listener;
        this.organisationRecorded = !recorded.isEmpty();
        for (EventMessage<?> message : recorded) {
            if (message.getPayload() instanceof ChangeEvent change) {
                changeLines.recorded(change.decisionId(), change.changeId());
            }
        }
    }

    ImportReport send(List<Scenario> scenarios) {
        Scenario first = scenarios.get(0);
        String organisationId = first.organisation().id();
        if (!organisationRecorded) {
            send(new RegisterOrganisationCommand(organisationId, first.organisation().name()),
                    at(first, first.organisation().line()), migrated(first, first.decisions().isEmpty() ? null
                            : first.decisions().get(0).registeredAt()));
        }
        int total = scenarios.stream().mapToInt(scenario -> scenario.decisions().size()).sum();
        int done = 0;
        int packagesRecorded = 0;
        int packagesAlreadyRecorded = 0;
        List<GuidelineFinding> findings = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            for (ScenarioPerson person : scenario.persons()) {
                send(new RegisterPersonCommand(organisationId, person.id(), person.name()), at(scenario, person.line()),
                        migrated(scenario, scenario.decisions().isEmpty() ? null
                                : scenario.decisions().get(0).registeredAt()));
            }
            for (ScenarioDecision decision : scenario.decisions()) {
                send(new RecordDecisionCommand(organisationId, decision.decision()), at(scenario, decision.line()),
                        migrated(scenario, decision.registeredAt()));
                if (!decision.changes().isEmpty()) {
                    PackageOutcome outcome = sendPackage(scenario, organisationId, decision);
                    if (outcome.status() == PackageOutcome.Status.ALREADY_RECORDED) {
                        packagesAlreadyRecorded++;
                    } else {
                        packagesRecorded++;
                        findings.addAll(outcome.guidelines());
                    }
                }
                for (ScenarioLifecycleStep step : decision.lifecycle()) {
                    send(new RecordLifecycleStepCommand(organisationId, decision.decision().id(), step.step()),
                            at(scenario, step.line()), migrated(scenario, step.registeredAt() != null
                                    ? step.registeredAt() : decision.registeredAt()));
                }
                listener.progressed(new ImportProgress(phase, ++done, total, scenario.file(),
                        decision.decision().id()));
            }
        }
        return new ImportReport(organisationId, total, packagesRecorded, packagesAlreadyRecorded, findings);
    }

    private PackageOutcome sendPackage(Scenario scenario, String organisationId, ScenarioDecision decision) {
        String decisionId = decision.decision().id();
        List<String> ids = changeLines.nextIds(decisionId, decision.changes().size());
        Map<String, ScenarioChange> inPackage = new LinkedHashMap<>();
        Map<String, ChangeLines.Location> located = new LinkedHashMap<>();
        List<ChangeLines.Location> locations = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ScenarioChange change = decision.changes().get(i);
            ChangeLines.Location location = at(scenario, change.line());
            inPackage.put(ids.get(i), change);
            located.put(ids.get(i), location);
            locations.add(location);
            changes.add(change.change());
        }
        RecordChangePackageCommand command = new RecordChangePackageCommand(organisationId, decisionId, changes, false);
        PackageOutcome outcome = send(command, at(scenario, decision.line()),
                migrated(scenario, decision.registeredAt()), inPackage, located);
        changeLines.place(decisionId, outcome.changeIds(), locations);
        return outcome;
    }

    private <R> R send(Object command, ChangeLines.Location at, MetaData metaData) {
        return send(command, at, metaData, Map.of(), Map.of());
    }

    /**
     * The metadata of an entry's commands: who imports and, for migrated history, when the entry was first
     * registered and where it comes from (the store records it at that time; the events keep all of it).
     * Registration of the organisation and persons takes the first entry's time, so nothing precedes it.
     */
    private MetaData migrated(Scenario scenario, Instant registeredAt) {
        MetaData metaData = MetaData.with(LedgerMetaData.PRINCIPAL, principal);
        if (registeredAt == null) {
            return metaData;
        }
        return metaData.and(LedgerMetaData.REGISTERED_AT, registeredAt.toString())
                .and(LedgerMetaData.MIGRATED_BY, principal)
                .and(LedgerMetaData.MIGRATED_AT, importedAt.toString())
                .and(LedgerMetaData.MIGRATED_FROM, scenario.file())
                .and(LedgerMetaData.MIGRATED_FILE_SHA256, scenario.sha256());
    }

    private <R> R send(Object command, ChangeLines.Location at, MetaData metaData,
                       Map<String, ScenarioChange> inPackage, Map<String, ChangeLines.Location> located) {
        try {
            return gateway.sendAndWait(new GenericCommandMessage<>(command, metaData));
        } catch (RuntimeException refusal) {
            RegisteredTimeRefusedException outOfOrder = registeredTimeRefusal(refusal);
            if (outOfOrder != null) {
                throw recordedMeanwhile(new ScenarioImportException(at.file(), at.line(), ScenarioRule.REGISTERED_AT,
                        outOfOrder.getMessage()));
            }
            ScenarioImportException error = CommandRefusals.of(refusal, at, inPackage, located, changeLines);
            if (error == null) {
                throw refusal;
            }
            throw phase == ImportPhase.REHEARSAL ? error : recordedMeanwhile(error);
        }
    }

    private static RegisteredTimeRefusedException registeredTimeRefusal(Throwable refusal) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof RegisteredTimeRefusedException outOfOrder) {
                return outOfOrder;
            }
        }
        return null;
    }

    /** The rehearsal passed, so the ledger changed between rehearsal and recording; say what that means. */
    private static ScenarioImportException recordedMeanwhile(ScenarioImportException error) {
        return new ScenarioImportException(error.file(), error.line(), error.rule(), error.problem()
                + ". The rehearsal of this import passed, so the organisation was changed by someone else while it"
                + " ran; the decisions before this one are recorded, and importing again will continue from here");
    }

    private static ChangeLines.Location at(Scenario scenario, int line) {
        return new ChangeLines.Location(scenario.file(), line);
    }
}
