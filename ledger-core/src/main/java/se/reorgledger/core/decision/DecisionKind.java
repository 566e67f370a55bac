package se.reorgledger.core.decision;

/**
 * What kind of act a recorded decision is: a decision of an organ ({@code beslut}), a proposal that decides
 * nothing ({@code forslag}), or a decision taken under delegation in the organ's name ({@code delegationsbeslut}).
 */
public enum DecisionKind {
    beslut,
    forslag,
    delegationsbeslut;

    /** Whether changes can be recorded under it: a proposal changes nothing until an organ decides it. */
    public boolean changesTheOrganisation() {
        return this != forslag;
    }
}
