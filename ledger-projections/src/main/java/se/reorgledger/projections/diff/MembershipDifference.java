package se.reorgledger.projections.diff;

/**
 * A kommun that is a member of a gemensam nämnd on the later date and was not on the earlier one ({@code joined}),
 * or the reverse; a nämnd dissolved ends every membership in it.
 */
public record MembershipDifference(String committeeId, String committee, String municipality, boolean joined,
                                   Cause cause) {
}
