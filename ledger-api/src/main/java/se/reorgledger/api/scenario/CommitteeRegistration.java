package se.reorgledger.api.scenario;

import java.time.LocalDate;
import se.reorgledger.core.committee.CommitteeType;
import se.reorgledger.core.committee.RegisterCommittee;

/**
 * A registerCommittee change as a scenario file writes it. The change's own field {@code type} (kommunstyrelse,
 * namnd...) has the name of the vocabulary's discriminator {@code type: registerCommittee}; JSON can carry both
 * only as a key written twice, which YAML forbids. So a scenario file writes the committee's type as
 * {@code committeeType}, and this is the one place where its spelling departs from the API's.
 */
record CommitteeRegistration(String committeeId, String name, CommitteeType committeeType, LocalDate effectiveDate) {

    static final String CHANGE_TYPE = "registerCommittee";

    RegisterCommittee toChange() {
        return new RegisterCommittee(committeeId, name, committeeType, effectiveDate);
    }
}
