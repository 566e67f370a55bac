package se.reorgledger.core.document;

/** What a document is to what it is attached to. The names are published: once in use, never renamed. */
public enum DocumentRole {
    /** An extract of the protocol holding the decision (or its justering). */
    protokollsutdrag,
    /** The notice posted on the anslagstavla. */
    anslag,
    /** The text of a reglemente. */
    reglemente,
    /** The court's judgment: the appeal's ruling. */
    dom,
    /** An appeal as filed, a tjänsteskrivelse, anything else. */
    other
}
