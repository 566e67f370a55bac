package se.reorgledger.core.change;

/** Change identifiers are the decision's identifier and the change's number within that decision. */
public final class ChangeIds {

    private ChangeIds() {
    }

    public static String of(String decisionId, int number) {
        return decisionId + "." + number;
    }
}
