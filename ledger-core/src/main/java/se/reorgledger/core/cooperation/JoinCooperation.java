package se.reorgledger.core.cooperation;

import java.time.LocalDate;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.change.Establishment;
import se.reorgledger.core.change.Require;

/**
 * The kommun joins a cooperation: its name, what it shares ({@code scope}), who hosts it ({@code host}, another
 * kommun's name or a description where the decision names none) and, optionally, who else takes part.
 */
public record JoinCooperation(String cooperationId, String name, String scope, String host, String partners,
                              LocalDate effectiveDate) implements Change, Establishment {

    public JoinCooperation {
        Require.id("cooperationId", cooperationId);
        name = Require.text("name", name);
        scope = Require.text("scope", scope);
        host = Require.text("host", host);
        partners = Require.optionalText("partners", partners);
        Require.date("effectiveDate", effectiveDate);
    }

    @Override
    public CooperationJoinedEvent toEvent(String organisationId, String decisionId, String changeId) {
        return new CooperationJoinedEvent(organisationId, cooperationId, name, scope, host, partners, effectiveDate,
                decisionId, changeId);
    }

    @Override
    public String establishedId() {
        return cooperationId;
    }
}
