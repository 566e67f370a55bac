package se.reorgledger.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.assignment.GiveAssignment;
import se.reorgledger.core.assignment.TimetableEntry;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.committee.AdoptReglemente;
import se.reorgledger.core.correction.CorrectEffectiveDate;
import se.reorgledger.core.unit.DissolveUnit;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.RenameUnit;
import se.reorgledger.core.unit.SetUnitAuthority;
import se.reorgledger.core.unit.UnitKind;

class RequestDigestTest {

    private static final LocalDate CUTOVER = LocalDate.of(2026, 1, 1);

    /** Packages whose digests are stored in ledgers: their digests must never change. */
    private static final Map<String, List<Change>> GOLDEN = new LinkedHashMap<>();

    static {
        GOLDEN.put("one-establishment", List.of(new EstablishUnit("kommunledningskontoret", "Kommunledningskontoret",
                UnitKind.kontor, "askersund", true, CUTOVER)));
        GOLDEN.put("move-rename-dissolve", List.of(
                new MoveUnit("serviceavdelningen", "kommunledningskontoret", CUTOVER),
                new RenameUnit("kultur", "Avdelningen för kultur, näringsliv och samhällsengagemang", CUTOVER),
                new DissolveUnit("kommunstyrelseforvaltningen", List.of("kommunledningskontoret"), CUTOVER)));
        GOLDEN.put("uppdrag-with-timetable", List.of(new GiveAssignment("ciso-uppdraget", "CISO-uppdraget",
                "Kommundirektören", "HR-chef", List.of("IT-chef", "Säkerhetssamordnare"),
                List.of(new TimetableEntry("Juni-augusti", "Kartläggning")), CUTOVER)));
        GOLDEN.put("correction-and-authority", List.of(
                new CorrectEffectiveDate("ks-2025-11-24-145.2", LocalDate.of(2026, 2, 1), "Flytten sköts upp"),
                new SetUnitAuthority("socialkontoret", true, CUTOVER),
                new AdoptReglemente("socialnamnden", "2026", "SN 2025/12", null, CUTOVER)));
    }

    @Test
    void aStoredDigestNeverChanges() throws IOException {
        Map<String, String> frozen = frozenDigests();
        assertThat(frozen.keySet()).containsExactlyElementsOf(GOLDEN.keySet());
        GOLDEN.forEach((name, changes) ->
                assertThat(RequestDigest.of(changes)).as(name).isEqualTo(frozen.get(name)));
    }

    @Test
    void theDigestSaysItsVersion() {
        assertThat(RequestDigest.of(GOLDEN.get("one-establishment"))).matches("v2:[0-9a-f]{64}");
    }

    @Test
    void theSameChangesInAnotherOrderAreTheSamePackage() {
        List<Change> changes = new ArrayList<>(GOLDEN.get("move-rename-dissolve"));
        String digest = RequestDigest.of(changes);
        Collections.reverse(changes);
        assertThat(RequestDigest.of(changes)).isEqualTo(digest);
    }

    @Test
    void aNameThatImitatesTheNextChangeDoesNotMakeTwoPackagesAlike() {
        // Joined without escaping, as the first version of the digest did, these two packages read alike.
        List<Change> honest = List.of(new RenameUnit("a", "Nytt namn", CUTOVER), new RenameUnit("b", "Annat", CUTOVER));
        List<Change> crafted = List.of(new RenameUnit("a", "Nytt namn;effectiveDate=" + CUTOVER + ";}\nRenameUnit{"
                + "unitId=b;name=Annat", CUTOVER));
        assertThat(unescapedJoin(honest)).isEqualTo(unescapedJoin(crafted));
        assertThat(RequestDigest.of(honest)).isNotEqualTo(RequestDigest.of(crafted));
    }

    @Test
    void anAbsentValueIsNotTheWordNull() {
        record Text(String value) {
        }
        assertThat(CanonicalEncoding.record(new Text(null), java.util.Set.of()))
                .isNotEqualTo(CanonicalEncoding.record(new Text("null"), java.util.Set.of()));
    }

    @Test
    void anUnpairedSurrogateIsNotAQuestionMark() {
        assertThat(RequestDigest.of(List.of(new RenameUnit("a", "x\uD800", CUTOVER))))
                .isNotEqualTo(RequestDigest.of(List.of(new RenameUnit("a", "x?", CUTOVER))));
    }

    @Test
    void whereTheListEndsIsPartOfThePackage() {
        GiveAssignment twoMembers = new GiveAssignment("u", "Uppdrag", "Ägare", "Ledare", List.of("A", "B"),
                List.of(), CUTOVER);
        GiveAssignment oneMember = new GiveAssignment("u", "Uppdrag", "Ägare", "Ledare", List.of("A, B"),
                List.of(), CUTOVER);
        assertThat(RequestDigest.of(List.of(twoMembers))).isNotEqualTo(RequestDigest.of(List.of(oneMember)));
    }

    @Property(tries = 300)
    void aPackageIsRecognisedInAnyOrder(@ForAll("packages") List<Change> changes, @ForAll long seed) {
        List<Change> shuffled = new ArrayList<>(changes);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(RequestDigest.of(shuffled)).isEqualTo(RequestDigest.of(changes));
    }

    @Property(tries = 500)
    void differentPackagesNeverShareADigest(@ForAll("packages") List<Change> first,
                                            @ForAll("packages") List<Change> second) {
        boolean sameChanges = counted(first).equals(counted(second));
        assertThat(RequestDigest.of(first).equals(RequestDigest.of(second))).isEqualTo(sameChanges);
    }

    @Provide
    Arbitrary<List<Change>> packages() {
        // Few ids and texts full of the characters an encoding could confuse, so that near-collisions are common.
        Arbitrary<String> id = Arbitraries.of("a", "b", "ab", "a-b");
        Arbitrary<String> text = Arbitraries.strings().withChars("ab;=,{}[]\n\\\" ").ofMinLength(1).ofMaxLength(6)
                .filter(value -> !value.isBlank());
        Arbitrary<LocalDate> date = Arbitraries.of(CUTOVER, CUTOVER.plusDays(1));
        Arbitrary<Change> rename = Combinators.combine(id, text, date).as(RenameUnit::new);
        Arbitrary<Change> move = Combinators.combine(id, Arbitraries.of("p", "q"), date).as(MoveUnit::new);
        Arbitrary<Change> dissolve = Combinators.combine(id, date).as((unit, on) -> new DissolveUnit(unit, List.of(), on));
        Arbitrary<Change> assignment = Combinators.combine(id, text, text.list().ofMaxSize(3), date)
                .as((unit, title, group, on) -> new GiveAssignment(unit, title, "Ägare", "Ledare", group, List.of(), on));
        return Arbitraries.oneOf(rename, move, dissolve, assignment).list().ofMinSize(1).ofMaxSize(4);
    }

    private static Map<Change, Long> counted(List<Change> changes) {
        return changes.stream().collect(java.util.stream.Collectors.groupingBy(change -> change,
                java.util.stream.Collectors.counting()));
    }

    /** The first version's text of a package, kept here only to show the collision it allowed. */
    private static String unescapedJoin(List<Change> changes) {
        StringBuilder text = new StringBuilder();
        for (Change change : changes) {
            text.append(change.getClass().getSimpleName()).append('{');
            for (var component : change.getClass().getRecordComponents()) {
                try {
                    text.append(component.getName()).append('=').append(component.getAccessor().invoke(change))
                            .append(';');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            text.append("}\n");
        }
        return text.toString();
    }

    private static Map<String, String> frozenDigests() throws IOException {
        Map<String, String> frozen = new LinkedHashMap<>();
        try (InputStream in = RequestDigestTest.class.getResourceAsStream("/golden/request-digests.v2.txt")) {
            assertThat(in).as("golden/request-digests.v2.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(" ");
                    frozen.put(parts[0], parts[1]);
                }
            }
        }
        return frozen;
    }
}
