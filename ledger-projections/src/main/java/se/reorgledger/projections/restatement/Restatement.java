package se.reorgledger.projections.restatement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.reorgledger.projections.history.DecisionRef;

/**
 * A retroactive change or a correction, recorded after the moment asked about: what it was ({@code type}, the
 * change it corrects, its date, its reason), its decision, when it was recorded, the entity it concerns, and the
 * dates whose as-of answers it altered when it was recorded. A package's changes to one entity alter them
 * together, so each of them gives the dates the package altered.
 */
public record Restatement(String eventId, String changeId, String type, String targetChangeId,
                          LocalDate effectiveDate, String reason, DecisionRef decision, Instant recordedAt,
                          String recordedBy, String entity, String entityId, String name, List<DateRange> altered) {
}
