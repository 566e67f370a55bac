package se.reorgledger.core.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import se.reorgledger.core.rules.GuidelineFinding;
import se.reorgledger.core.structure.UnitNode;

/**
 * What a package did or would do: the changes it records, the organisation on the last date it touches, and
 * where that organisation departs from the PM's guidelines on the dates it touches.
 *
 * <p>The organisation's tree is built only when asked for: sorting every unit of a kommun in Swedish order made
 * most of a package's cost, and most writers never read the tree. It is built from the organisation as the
 * package left it, whenever it is asked for.
 */
public final class PackageOutcome {

    public enum Status {
        RECORDED,
        ALREADY_RECORDED,
        DRY_RUN
    }

    private final Status status;
    private final String organisationId;
    private final String decisionId;
    private final List<String> changeIds;
    private final LocalDate asOf;
    private final List<GuidelineFinding> guidelines;
    private Supplier<UnitNode> pendingStructure;
    private UnitNode structure;

    public PackageOutcome(Status status, String organisationId, String decisionId, List<String> changeIds,
                          LocalDate asOf, UnitNode structure, List<GuidelineFinding> guidelines) {
        this(status, organisationId, decisionId, changeIds, asOf, (Supplier<UnitNode>) null, guidelines);
        this.structure = structure;
    }

    /** @param structure builds the organisation on {@code asOf}, once, when it is first asked for; null for none */
    PackageOutcome(Status status, String organisationId, String decisionId, List<String> changeIds,
                   LocalDate asOf, Supplier<UnitNode> structure, List<GuidelineFinding> guidelines) {
        this.status = status;
        this.organisationId = organisationId;
        this.decisionId = decisionId;
        this.changeIds = List.copyOf(changeIds);
        this.asOf = asOf;
        this.pendingStructure = structure;
        this.guidelines = List.copyOf(guidelines);
    }

    /** The same package was recorded before; nothing new is recorded and nothing is re-evaluated. */
    static PackageOutcome alreadyRecorded(String organisationId, String decisionId, List<String> changeIds) {
        return new PackageOutcome(Status.ALREADY_RECORDED, organisationId, decisionId, changeIds, null,
                (UnitNode) null, List.of());
    }

    public Status status() {
        return status;
    }

    public String organisationId() {
        return organisationId;
    }

    public String decisionId() {
        return decisionId;
    }

    public List<String> changeIds() {
        return changeIds;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The organisation on {@code asOf}, or null when nothing was evaluated (already recorded). */
    public synchronized UnitNode structure() {
        if (pendingStructure != null) {
            structure = pendingStructure.get();
            pendingStructure = null;
        }
        return structure;
    }

    public List<GuidelineFinding> guidelines() {
        return guidelines;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PackageOutcome that && status == that.status
                && Objects.equals(organisationId, that.organisationId) && Objects.equals(decisionId, that.decisionId)
                && changeIds.equals(that.changeIds) && Objects.equals(asOf, that.asOf)
                && Objects.equals(structure(), that.structure()) && guidelines.equals(that.guidelines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, organisationId, decisionId, changeIds, asOf, guidelines);
    }

    @Override
    public String toString() {
        return "PackageOutcome[status=" + status + ", organisationId=" + organisationId + ", decisionId="
                + decisionId + ", changeIds=" + changeIds + ", asOf=" + asOf + ", guidelines=" + guidelines + "]";
    }
}
