package se.reorgledger.core.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.reorgledger.core.committee.ReglementeAdoptedEvent;
import se.reorgledger.core.decision.DecisionLifecycle;
import se.reorgledger.core.rules.HardRule;
import se.reorgledger.core.rules.RuleViolation;

/**
 * The documents an organisation's decisions carry, and what a new attachment must find recorded: the step of the
 * decision's life it belongs to, or the reglemente version the decision adopted. Fed the events by the aggregate.
 */
public final class DecisionDocuments {

    private final Map<String, Map<AttachmentKey, DocumentAttachedEvent>> byDecision = new HashMap<>();
    private final Set<String> adoptedReglementen = new HashSet<>();

    public void record(DocumentAttachedEvent attached) {
        byDecision.computeIfAbsent(attached.decisionId(), id -> new HashMap<>())
                .put(AttachmentKey.of(attached), attached);
    }

    /** A reglemente version is adopted by the decision of its change; only that decision carries its text. */
    public void adopted(ReglementeAdoptedEvent adopted) {
        adoptedReglementen.add(reglementeKey(adopted.decisionId(), adopted.committeeId(), adopted.version()));
    }

    /** Whether exactly this attachment is already recorded: sending it again records nothing. */
    public boolean repeats(DocumentAttachedEvent attachment) {
        return attachment.equals(recorded(attachment));
    }

    /** The rule the attachment would break, if any, given the decision's life as recorded. */
    public Optional<RuleViolation> refusal(DocumentAttachedEvent attachment, DecisionLifecycle lifecycle) {
        String decisionId = attachment.decisionId();
        DocumentAttachedEvent earlier = recorded(attachment);
        if (earlier != null) {
            return refuse(attachment, "the document " + attachment.document().sha256() + " is already attached to "
                    + describe(attachment) + " as '" + earlier.document().name() + "' (" + earlier.role()
                    + "); a document is attached once to each");
        }
        String missing = switch (attachment.attachedTo()) {
            case decision -> null;
            case justering -> lifecycle.justering() == null ? "no justering of its protocol is recorded" : null;
            case anslag -> lifecycle.anslag() == null ? "no anslag is recorded" : null;
            case appeal -> lifecycle.appeal() == null ? "no appeal is recorded" : null;
            case ruling -> lifecycle.ruling() == null ? "no ruling is recorded" : null;
            case lagaKraft -> lifecycle.lagaKraft() == null ? "no laga kraft is recorded" : null;
            case revocation -> lifecycle.revocation() == null ? "no revocation is recorded" : null;
            case reglemente -> adoptedReglementen.contains(reglementeKey(decisionId, attachment.committeeId(),
                    attachment.reglementeVersion())) ? null
                    : "it adopted no reglemente version '" + attachment.reglementeVersion() + "' of nämnd "
                    + attachment.committeeId();
        };
        return missing == null ? Optional.empty() : refuse(attachment, "a document of "
                + describe(attachment) + " is attached once that is recorded, and " + missing);
    }

    private DocumentAttachedEvent recorded(DocumentAttachedEvent attachment) {
        return byDecision.getOrDefault(attachment.decisionId(), Map.of()).get(AttachmentKey.of(attachment));
    }

    private static String describe(DocumentAttachedEvent attachment) {
        return switch (attachment.attachedTo()) {
            case decision -> "the decision";
            case reglemente -> "reglemente version '" + attachment.reglementeVersion() + "' of nämnd "
                    + attachment.committeeId();
            default -> "its " + attachment.attachedTo();
        };
    }

    private static Optional<RuleViolation> refuse(DocumentAttachedEvent attachment, String why) {
        return Optional.of(new RuleViolation(HardRule.DOCUMENT_ATTACHMENT, null, null,
                List.of(attachment.decisionId()), "Decision " + attachment.decisionId() + ": " + why));
    }

    private static String reglementeKey(String decisionId, String committeeId, String version) {
        return decisionId + '\u001f' + committeeId + '\u001f' + version;
    }

    /** One document on one part of a decision's record. */
    private record AttachmentKey(DocumentPart part, String committeeId, String version, String sha256) {
        static AttachmentKey of(DocumentAttachedEvent attached) {
            return new AttachmentKey(attached.attachedTo(), attached.committeeId(), attached.reglementeVersion(),
                    attached.document().sha256());
        }
    }
}
