package se.reorgledger.core.rules;

/**
 * The rules no recorded change may break, on any date. Each has a stable slug: it is part of the error
 * {@code type} that clients program against, so a slug never changes once published.
 */
public enum HardRule {
    NO_CYCLES("no-cycles",
            "A unit can never be placed under itself or under one of its own descendants."),
    PARENT_EXISTS("parent-exists",
            "A unit's parent must exist on every date the unit does."),
    UNIT_EXISTS("unit-exists",
            "Nothing can be done to a unit before it is established or after it is dissolved."),
    KOMMUN_IS_ROOT("kommun-is-root",
            "The kommun is the root of its organisation: it cannot be moved, dissolved or made another kind, "
                    + "and no other unit can be a kommun."),
    SUCCESSOR_EXISTS("successor-exists",
            "The successors of a dissolved unit must exist on the date it is dissolved."),
    CHEF_ROLES_END_WITH_UNIT("chef-roles-end-with-unit",
            "A unit's chef roles must end no later than the date the unit is dissolved."),
    SERVICES_END_WITH_UNIT("services-end-with-unit",
            "A unit must stop serving its nämnder no later than the date it is dissolved."),
    CHEF_ROLE_EXISTS("chef-role-exists",
            "Nothing can be done to a chef role before it is established or after it has ended."),
    ONE_HOLDER_PER_CHEF_ROLE("one-holder-per-chef-role",
            "A chef role has at most one holder at a time."),
    ONLY_THE_HOLDER_LEAVES("only-the-holder-leaves",
            "Only the person who holds a chef role can leave it."),
    PERSON_REGISTERED("person-registered",
            "Only a person in the person register can be appointed."),
    COMMITTEE_EXISTS("committee-exists",
            "Nothing can be done to a nämnd before it is registered or after it is dissolved."),
    SERVING_UNIT_KIND("serving-unit-kind",
            "Only a kontor or a förvaltning can serve a nämnd."),
    SERVICE_EXISTS("service-exists",
            "A unit starts serving a nämnd only if it does not already, and stops only if it does."),
    MEMBERSHIP_IN_GEMENSAM_NAMND("membership-in-gemensam-namnd",
            "Only a gemensam nämnd has member kommuner; a kommun joins only if it is not a member, "
                    + "and leaves only if it is."),
    REGLEMENTE_VERSION_UNIQUE("reglemente-version-unique",
            "A reglemente version is adopted once per nämnd."),
    ASSIGNMENT_EXISTS("assignment-exists",
            "A decision carries out only an uppdrag that has been given."),
    COOPERATION_MEMBERSHIP("cooperation-membership",
            "A kommun leaves only a cooperation it takes part in on that date."),
    CORRECTION_TARGET("correction-target",
            "A correction names a change recorded by an earlier package, which is not annulled and is not "
                    + "itself a correction."),
    DECISION_LIFECYCLE_ORDER("decision-lifecycle-order",
            "A decision's protocol is justerat, then its anslag posted, then it may be appealed and the court rule "
                    + "on the appeal: each step once, never dated before the decision or the step before it."),
    APPEAL_WITHIN_PERIOD("appeal-within-period",
            "An appeal comes in within three weeks of the day the anslag was posted (kommunallagen 13 kap. 5 §); "
                    + "a last day on a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton "
                    + "moves to the next weekday. Later, the decision has laga kraft."),
    LAGA_KRAFT_AFTER_APPEAL_PERIOD("laga-kraft-after-appeal-period",
            "A decision gains laga kraft once, after its appeal period has ended, and when it was appealed only "
                    + "after a ruling that did not quash it wholly."),
    QUASH_NAMES_DECISION_CHANGES("quash-names-decision-changes",
            "A ruling that quashes a decision in part names changes that decision caused and that are in force."),
    PROPOSAL_CHANGES_NOTHING("proposal-changes-nothing",
            "A proposal (förslag) decides nothing: changes are recorded under the decision that adopts it."),
    PROPOSAL_HAS_NO_LIFECYCLE("proposal-has-no-lifecycle",
            "A proposal (förslag) is no decision: it is not justerat, posted, appealed, ruled on, reported or "
                    + "revoked, and gains no laga kraft; the decision that adopts it has that life."),
    ANMALAN_OF_DELEGATIONSBESLUT("anmalan-of-delegationsbeslut",
            "Only a delegationsbeslut is reported (anmält) to a nämnd: once, no earlier than it was taken."),
    QUASHED_DECISION_CHANGES_NOTHING("quashed-decision-changes-nothing",
            "A decision the court has quashed wholly causes no further changes."),
    REVOCATION_BY_LATER_DECISION("revocation-by-later-decision",
            "A decision is revoked once, by another recorded decision taken no earlier than it, from a date no "
                    + "earlier than the revoking decision."),
    DOCUMENT_ATTACHMENT("document-attachment",
            "A document is attached to a recorded decision, to a step of its life once that step is recorded, or to "
                    + "a reglemente version the decision adopted; the same document once to each."),
    IDENTIFIER_UNUSED("identifier-unused",
            "An identifier names one unit, chef role, nämnd, uppdrag, person or decision, and is never reused.");

    private final String slug;
    private final String statement;

    HardRule(String slug, String statement) {
        this.slug = slug;
        this.statement = statement;
    }

    public String slug() {
        return slug;
    }

    /** The rule in plain words. */
    public String statement() {
        return statement;
    }
}
