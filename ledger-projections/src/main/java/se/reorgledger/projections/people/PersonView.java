package se.reorgledger.projections.people;

import java.time.Instant;
import java.util.List;

/** A person as the register names them at {@code knownAt}, and every post they held, in date order. */
public record PersonView(String id, String name, Instant knownAt, List<PostView> posts) {
}
