package se.reorgledger.core.decision;

import java.time.LocalDate;
import se.reorgledger.core.change.Require;

/** A decision's particulars, as a kommunsekreterare cites it: organ, date, §, diarienummer and title. */
public record Decision(String id, String organ, LocalDate decidedOn, String paragraph, String caseNumber,
                       String title, boolean illustrative) {

    public Decision {
        Require.id("id", id);
        organ = Require.text("organ", organ);
        Require.present("decidedOn", decidedOn);
        paragraph = Require.optionalText("paragraph", paragraph);
        caseNumber = Require.optionalText("caseNumber", caseNumber);
        title = Require.text("title", title);
    }
}
