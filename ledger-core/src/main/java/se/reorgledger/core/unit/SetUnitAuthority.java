package se.reorgledger.core.unit;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Require;

public record SetUnitAuthority(String unitId, Boolean authority, LocalDate effectiveDate) implements Change {

    public SetUnitAuthority {
        Require.id("unitId", unitId);
        Require.present("authority", authority);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public UnitAuthorityStatusSetEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new UnitAuthorityStatusSetEvent(organisationId, unitId, authority, effectiveDate, decisionId, changeId);
    }
}
