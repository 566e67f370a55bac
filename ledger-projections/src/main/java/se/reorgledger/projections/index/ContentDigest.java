package se.reorgledger.projections.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over everything an index holds, written in one canonical order (organisations, decisions and
 * entities by id, changes in ledger order, versions by their epochs and days), so two indexes of the same events
 * digest alike however they were built, and any difference of content shows.
 */
public final class ContentDigest {

    private final MessageDigest sha256;

    public ContentDigest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public ContentDigest add(Object value) {
        sha256.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0x1f);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    public void add(OrganisationIndex index) {
        add("organisation").add(index.id()).add(index.name()).add(index.registeredAt());
        RecordedTimes times = index.times();
        for (int epoch = 0; epoch <= times.latest(); epoch++) {
            add(times.at(epoch));
        }
        add("persons").add(index.persons().contents());
        List<DecisionEntry> decisions = new ArrayList<>(index.decisions());
        decisions.sort(Comparator.comparing(decision -> decision.decision().id()));
        for (DecisionEntry decision : decisions) {
            add("decision").add(decision.decision()).facts(decision);
            decision.changes().forEach(change -> add(change.event().changeId()));
            decision.corrections().forEach(correction -> add(correction.event().changeId()));
        }
        for (ChangeEntry change : index.changeLog()) {
            add("change").add(change.event()).facts(change);
            for (CorrectionEntry correction : change.correctionsAt(Integer.MAX_VALUE)) {
                add("correction").add(correction.event()).facts(correction);
            }
        }
        entities("unit", index.units());
        entities("chefRole", index.chefRoles());
        entities("committee", index.committees());
    }

    private ContentDigest facts(RecordedFacts facts) {
        return add(facts.position).add(facts.eventId).add(facts.epoch).add(facts.principal);
    }

    private <S> void entities(String kind, Collection<EntityTimeline<S>> timelines) {
        List<EntityTimeline<S>> sorted = new ArrayList<>(timelines);
        sorted.sort(Comparator.comparing(EntityTimeline::id));
        for (EntityTimeline<S> timeline : sorted) {
            add(kind).add(timeline.id());
            List<String> versions = new ArrayList<>(timeline.versions().size());
            timeline.versions().forEach((validFrom, validTo, knownFrom, knownTo, state) -> versions.add(
                    String.format("%011d/%011d/%011d/%011d %s", (long) knownFrom, (long) validFrom, (long) knownTo,
                            (long) validTo, state)));
            versions.sort(null);
            versions.forEach(this::add);
        }
    }
}
