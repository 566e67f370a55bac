package se.reorgledger.core.decision;

import java.time.LocalDate;
import se.reorgledger.core.change.Require;

/**
 * A decision's particulars, as a kommunsekreterare cites it: organ, date, §, diarienummer and title; its kind
 * (beslut unless said otherwise); for a delegationsbeslut, the delegate who took it and the point of the
 * delegationsordning it was taken under, when known.
 */
public record Decision(String id, String organ, LocalDate decidedOn, String paragraph, String caseNumber,
                       String title, boolean illustrative, DecisionKind kind, String delegate,
                       String delegationPoint) {

    public Decision {
        Require.id("id", id);
        organ = Require.text("organ", organ);
        Require.present("decidedOn", decidedOn);
        paragraph = Require.optionalText("paragraph", paragraph);
        caseNumber = Require.optionalText("caseNumber", caseNumber);
        title = Require.text("title", title);
        kind = kind == null ? DecisionKind.beslut : kind;
        delegate = Require.optionalText("delegate", delegate);
        delegationPoint = Require.optionalText("delegationPoint", delegationPoint);
    }

    /** A decision of an organ ({@link DecisionKind#beslut}). */
    public Decision(String id, String organ, LocalDate decidedOn, String paragraph, String caseNumber, String title,
                    boolean illustrative) {
        this(id, organ, decidedOn, paragraph, caseNumber, title, illustrative, DecisionKind.beslut, null, null);
    }
}
