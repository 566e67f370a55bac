package se.reorgledger.projections.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Every chef role in force on {@code asOf} as known at {@code knownAt}, by unit name then title. */
public record ChefRolesView(String organisation, LocalDate asOf, Instant knownAt, List<ChefRoleView> chefRoles) {
}
