package se.reorgledger.core.structure;

/** A chef role in a structure view; {@code holder} is null while the role is vacant. */
public record ChefRoleNode(String id, String title, PersonRef holder) {
}
