package se.reorgledger.core.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import se.reorgledger.core.change.ChangeEvent;
import se.reorgledger.core.decision.Decision;
import se.reorgledger.core.decision.DecisionRecordedEvent;
import se.reorgledger.core.decision.DecisionLifecycle;
import se.reorgledger.core.decision.DecisionLifecycleEvent;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.RecordDecisionCommand;
import se.reorgledger.core.decision.RecordLifecycleStepCommand;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.document.AttachDocumentCommand;
import se.reorgledger.core.document.DecisionDocuments;
import se.reorgledger.core.document.DocumentAttachedEvent;
import se.reorgledger.core.person.CorrectPersonNameCommand;
import se.reorgledger.core.person.PersonNameCorrectedEvent;
import se.reorgledger.core.person.PersonRegisteredEvent;
import se.reorgledger.core.person.RegisterPersonCommand;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.PackageRefusedException;
import se.reorgledger.core.rules.RuleViolation;
import se.reorgledger.core.unit.UnitState;

/**
 * One kommun's organisation, the consistency boundary of the ledger. The hard rules relate units across the
 * whole tree and across time (a move now may break a dissolution recorded for next year), so only a boundary
 * holding every change of the organisation can refuse a package before it is recorded rather than notice
 * afterwards. See docs/consistency-boundary.md.
 */
public class Organisation {

    @AggregateIdentifier
    private String organisationId;
    private String name;
    private final Map<String, Decision> decisions = new HashMap<>();
    private final Map<String, DecisionLifecycle> lifecycles = new HashMap<>();
    private final Map<String, String> personNames = new HashMap<>();
    private final Map<String, Map<String, List<String>>> packagesByDecision = new HashMap<>();
    private final ChangeLog changes = new ChangeLog();
    private final DecisionDocuments documents = new DecisionDocuments();
    /** The events of the package being sourced, until its {@link ChangePackageRecordedEvent} names them. */
    private final List<ChangeEvent> sourcedPackage = new ArrayList<>();
    /**
     * The digest this organisation has just computed from the very package it is recording, so that recording it
     * does not encode the package a second time; null whenever events come from the store, which are digested
     * anew.
     */
    private transient String digestBeingRecorded;

    protected Organisation() {
        // for event sourcing
    }

    @CommandHandler
    public Organisation(RegisterOrganisationCommand command) {
        apply(new OrganisationRegisteredEvent(command.organisationId(), command.name()));
    }

    /** @return whether the decision was recorded now; false when it already was, with the same particulars */
    @CommandHandler
    public boolean handle(RecordDecisionCommand command) {
        Decision decision = command.decision();
        Decision recorded = decisions.get(decision.id());
        if (recorded != null) {
            if (recorded.equals(decision)) {
                return false;
            }
            throw new ConflictException(HardRule.IDENTIFIER_UNUSED, List.of(decision.id()),
                    "Decision '" + decision.id() + "' is already recorded with other particulars: " + recorded.organ()
                            + " " + recorded.decidedOn() + ", '" + recorded.title() + "'");
        }
        apply(DecisionRecordedEvent.of(organisationId, decision));
        return true;
    }

    /** @return whether the person was registered now; false when they already were, with the same name */
    @CommandHandler
    public boolean handle(RegisterPersonCommand command) {
        String known = personNames.get(command.personId());
        if (known != null && !known.equals(command.name())) {
            throw new ConflictException(HardRule.IDENTIFIER_UNUSED, List.of(command.personId()),
                    "Person '" + command.personId() + "' is already registered as " + known
                            + "; correct the name instead of registering again");
        }
        if (known == null) {
            apply(new PersonRegisteredEvent(organisationId, command.personId(), command.name()));
        }
        return known == null;
    }

    @CommandHandler
    public void handle(CorrectPersonNameCommand command) {
        String known = personNames.get(command.personId());
        if (known == null) {
            throw new UnknownEntityException("person", command.personId());
        }
        if (!known.equals(command.name())) {
            apply(new PersonNameCorrectedEvent(organisationId, command.personId(), command.name(), command.reason()));
        }
    }

    @CommandHandler
    public PackageOutcome handle(RecordChangePackageCommand command) {
        if (!decisions.containsKey(command.decisionId())) {
            throw new UnknownEntityException("decision", command.decisionId());
        }
        if (!decisions.get(command.decisionId()).kind().changesTheOrganisation()) {
            throw new PackageRefusedException(List.of(new RuleViolation(HardRule.PROPOSAL_CHANGES_NOTHING,
                    null, null, List.of(command.decisionId()), command.decisionId() + " is a proposal (förslag), "
                    + "which decides nothing; record the changes under the decision that adopts it")));
        }
        if (lifecycleOf(command.decisionId()).isQuashedWholly()) {
            throw new PackageRefusedException(List.of(new RuleViolation(HardRule.QUASHED_DECISION_CHANGES_NOTHING,
                    null, null, List.of(command.decisionId()), "Decision " + command.decisionId()
                    + " was quashed wholly by the court on " + lifecycleOf(command.decisionId()).ruling().ruledOn()
                    + "; record the changes under another decision")));
        }
        String digest = RequestDigest.of(command.changes());
        List<String> alreadyRecorded = packagesByDecision.getOrDefault(command.decisionId(), Map.of()).get(digest);
        if (alreadyRecorded != null) {
            return PackageOutcome.alreadyRecorded(organisationId, command.decisionId(), alreadyRecorded);
        }
        List<String> changeIds = changes.nextChangeIds(command.decisionId(), command.changes().size());
        PackagePlan plan;
        PackageReview review;
        try {
            plan = PackagePlan.of(organisationId, command.decisionId(), command.changes(), changes, organisationId);
            review = PackageReview.of(plan, UnitState.root(organisationId, name), personNames);
        } catch (PackageRefusedException refused) {
            throw refused.inPackage(changeIds);
        }
        if (command.dryRun()) {
            return review.outcome(PackageOutcome.Status.DRY_RUN, organisationId, command.decisionId(), changeIds);
        }
        plan.events().forEach(event -> apply(event));
        digestBeingRecorded = digest;
        try {
            apply(new ChangePackageRecordedEvent(organisationId, command.decisionId(), changeIds, digest));
        } finally {
            digestBeingRecorded = null;
        }
        return review.outcome(PackageOutcome.Status.RECORDED, organisationId, command.decisionId(), changeIds);
    }

    /**
     * Records a step of a decision's life after it was taken. A quashing ruling also annuls the changes it
     * quashes, as one package checked on every date like any other.
     *
     * @return whether the step was recorded now; false when it already was, exactly so
     */
    @CommandHandler
    public boolean handle(RecordLifecycleStepCommand command) {
        String decisionId = command.decisionId();
        if (!decisions.containsKey(decisionId)) {
            throw new UnknownEntityException("decision", decisionId);
        }
        LifecycleStep step = command.step();
        DecisionLifecycle lifecycle = lifecycleOf(decisionId);
        if (lifecycle.repeats(step)) {
            return false;
        }
        if (step instanceof LifecycleStep.Revocation revocation
                && !decisions.containsKey(revocation.revokingDecisionId())) {
            throw new UnknownEntityException("decision", revocation.revokingDecisionId());
        }
        lifecycle.refusal(step, decisions::get).ifPresent(violation -> {
            throw new PackageRefusedException(List.of(violation));
        });
        if (step instanceof LifecycleStep.Anmalan anmalan
                && !changes.committeeRegisteredOn(anmalan.committeeId(), anmalan.date())) {
            throw new PackageRefusedException(List.of(new RuleViolation(HardRule.COMMITTEE_EXISTS, anmalan.date(),
                    null, List.of(decisionId, anmalan.committeeId()), "Decision " + decisionId + " is reported to "
                    + anmalan.committeeId() + ", which is not a nämnd registered on " + anmalan.date())));
        }
        if (step instanceof LifecycleStep.Ruling ruling && ruling.outcome().quashes()) {
            quash(decisionId, ruling);
        } else {
            apply(step.toEvent(organisationId, decisionId, List.of()));
        }
        return true;
    }

    private void quash(String decisionId, LifecycleStep.Ruling ruling) {
        List<String> targets = DecisionQuash.targets(decisionId, ruling, changes);
        List<Change> annulments = DecisionQuash.annulments(targets, ruling);
        if (annulments.isEmpty()) {
            apply(ruling.toEvent(organisationId, decisionId, targets));
            return;
        }
        List<String> changeIds = changes.nextChangeIds(decisionId, annulments.size());
        PackagePlan plan;
        try {
            plan = PackagePlan.of(organisationId, decisionId, annulments, changes, organisationId);
            PackageReview.of(plan, UnitState.root(organisationId, name), personNames);
        } catch (PackageRefusedException refused) {
            throw refused.inPackage(changeIds);
        }
        apply(ruling.toEvent(organisationId, decisionId, targets));
        plan.events().forEach(event -> apply(event));
        apply(new ChangePackageRecordedEvent(organisationId, decisionId, changeIds, RequestDigest.of(annulments)));
    }

    /**
     * Attaches a document by its reference (name, media type, size, SHA-256) to a decision, a recorded step of its
     * life or a reglemente version it adopted.
     *
     * @return whether the document was attached now; false when it already was, exactly so
     */
    @CommandHandler
    public boolean handle(AttachDocumentCommand command) {
        if (!decisions.containsKey(command.decisionId())) {
            throw new UnknownEntityException("decision", command.decisionId());
        }
        DocumentAttachedEvent attachment = command.toEvent();
        if (documents.repeats(attachment)) {
            return false;
        }
        documents.refusal(attachment, lifecycleOf(command.decisionId())).ifPresent(violation -> {
            throw new PackageRefusedException(List.of(violation));
        });
        apply(attachment);
        return true;
    }

    private DecisionLifecycle lifecycleOf(String decisionId) {
        // Read only: a command handler must not change state that sourcing the events would not give.
        DecisionLifecycle known = lifecycles.get(decisionId);
        return known != null ? known : DecisionLifecycle.of(decisions.get(decisionId));
    }

    @EventSourcingHandler
    void on(OrganisationRegisteredEvent event) {
        organisationId = event.organisationId();
        name = event.name();
    }

    @EventSourcingHandler
    void on(DecisionRecordedEvent event) {
        decisions.put(event.decisionId(), event.decision());
    }

    @EventSourcingHandler
    void on(DecisionLifecycleEvent event) {
        lifecycles.put(event.decisionId(), lifecycleOf(event.decisionId()).with(event));
    }

    @EventSourcingHandler
    void on(PersonRegisteredEvent event) {
        personNames.put(event.personId(), event.name());
    }

    @EventSourcingHandler
    void on(PersonNameCorrectedEvent event) {
        personNames.put(event.personId(), event.name());
    }

    @EventSourcingHandler
    void on(DocumentAttachedEvent event) {
        documents.record(event);
    }

    @EventSourcingHandler
    void on(ChangeEvent event) {
        changes.record(event);
        if (event instanceof ReglementeAdoptedEvent adopted) {
            documents.adopted(adopted);
        }
        sourcedPackage.add(event);
    }

    /**
     * Indexes the package by the digest of its recorded events, recomputed rather than taken from the event: a
     * package recorded with an earlier version of the digest is recognised by the same content as any other.
     */
    @EventSourcingHandler
    void on(ChangePackageRecordedEvent event) {
        String digest = digestBeingRecorded;
        digestBeingRecorded = null;
        if (digest == null) {
            java.util.Set<String> named = java.util.Set.copyOf(event.changeIds());
            digest = RequestDigest.ofEvents(sourcedPackage.stream()
                    .filter(change -> named.contains(change.changeId())).toList());
        }
        packagesByDecision.computeIfAbsent(event.decisionId(), id -> new HashMap<>()).put(digest, event.changeIds());
        sourcedPackage.clear();
    }
}
