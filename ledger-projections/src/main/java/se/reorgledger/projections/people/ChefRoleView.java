package se.reorgledger.projections.people;

import java.time.LocalDate;
import se.reorgledger.core.structure.PersonRef;
import se.reorgledger.projections.diff.Cause;
import se.reorgledger.projections.provenance.ChefRoleProvenance;
import se.reorgledger.projections.structure.UnitRef;

/**
 * A chef role in force on a date: its unit, its holder (null while vacant) since when, the change and decision
 * that appointed them, and the change and decision that established the role; {@code provenance}: the decisions
 * behind the role and behind its holder, each marked illustrative when one of them is.
 */
public record ChefRoleView(String id, String title, UnitRef unit, PersonRef holder, LocalDate holderSince,
                           Cause appointedBy, LocalDate establishedOn, Cause establishedBy,
                           ChefRoleProvenance provenance) {
}
