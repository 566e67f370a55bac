package se.reorgledger.projections.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import se.reorgledger.core.committee.CommitteeState;

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
        for (NameCorrectionEntry correction : index.nameCorrections()) {
            add("nameCorrection").add(correction.event()).facts(correction);
        }
        List<DecisionEntry> decisions = new ArrayList<>(index.decisions());
        decisions.sort(Comparator.comparing(decision -> decision.decision().id()));
        for (DecisionEntry decision : decisions) {
            add("decision").add(decision.decision()).facts(decision);
            decision.changes().forEach(change -> add(change.event().changeId()));
            decision.corrections().forEach(correction -> add(correction.event().changeId()));
            for (LifecycleEntry step : decision.lifecycle()) {
                add("lifecycle").add(step.event()).facts(step);
            }
            for (DocumentEntry document : decision.documents()) {
                add("document").add(document.event()).facts(document);
            }
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
        entities("assignment", index.assignments());
        entities("cooperation", index.cooperations());
    }

    private ContentDigest facts(RecordedFacts facts) {
        return add(facts.position).add(facts.eventId()).add(facts.epoch).add(facts.principal);
    }

    private <S> void entities(String kind, Collection<EntityTimeline<S>> timelines) {
        List<EntityTimeline<S>> sorted = new ArrayList<>(timelines);
        sorted.sort(Comparator.comparing(EntityTimeline::id));
        List<Version> versions = new ArrayList<>();
        for (EntityTimeline<S> timeline : sorted) {
            add(kind).add(timeline.id());
            versions.clear();
            timeline.versions().forEach((validFrom, validTo, knownFrom, knownTo, state) ->
                    versions.add(new Version(knownFrom, validFrom, knownTo, validTo, state)));
            versions.sort(Version.ORDER);
            for (Version version : versions) {
                add(version.knownFrom).add(version.validFrom).add(version.knownTo).add(version.validTo);
                state(version.state);
            }
        }
    }

    /**
     * A nämnd's state carries every reglemente adopted so far, each version's list its predecessor's plus one:
     * digesting the lists whole would make the checksum quadratic in a nämnd's revisions, so a list is digested
     * by its length and the version in force. The adoptions themselves are digested in full with the changes.
     */
    private void state(Object state) {
        if (state instanceof CommitteeState committee) {
            add(committee.id()).add(committee.name()).add(committee.type()).add(committee.registeredOn())
                    .add(committee.dissolvedOn()).add(committee.reglementen().size())
                    .add(committee.reglementeInForce()).add(committee.servingUnitIds())
                    .add(committee.memberMunicipalities());
        } else {
            add(state);
        }
    }

    private record Version(int knownFrom, int validFrom, int knownTo, int validTo, Object state) {
        static final Comparator<Version> ORDER = Comparator.comparingInt(Version::knownFrom)
                .thenComparingInt(Version::validFrom).thenComparingInt(Version::knownTo)
                .thenComparingInt(Version::validTo);
    }
}
