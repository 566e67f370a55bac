package se.reorgledger.core.structure;

public record PersonRef(String id, String name) {
}
