package se.reorgledger.api.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AnswersAboutNowTest {

    private final AtomicLong position = new AtomicLong(7);
    private final AtomicReference<Instant> newestRecorded = new AtomicReference<>(Instant.now().minusSeconds(60));
    private final AtomicReference<Object> readModels = new AtomicReference<>(new Object());
    private final AnswersAboutNow answers = new AnswersAboutNow(1, readModels::get, position::get,
            organisation -> newestRecorded.get());
    private final AtomicInteger workedOut = new AtomicInteger();

    @Test
    void theSameQuestionAtTheSamePositionIsWorkedOutOnce() {
        ask("askersund", "2026-01-01");
        String second = ask("askersund", "2026-01-01");

        assertThat(second).contains("\"n\":1");
        assertThat(workedOut).hasValue(1);
    }

    @Test
    void anEventAppliedSinceIsNeverMissed() {
        ask("askersund", "2026-01-01");
        position.incrementAndGet();

        ask("askersund", "2026-01-01");

        assertThat(workedOut).hasValue(2);
    }

    @Test
    void readModelsRebuiltInPlaceOfTheOthersAreAskedAnewAtTheSamePosition() {
        ask("askersund", "2026-01-01");
        readModels.set(new Object());

        ask("askersund", "2026-01-01");

        assertThat(workedOut).hasValue(2);
    }

    @Test
    void anotherDateOrOrganisationIsAnotherQuestion() {
        ask("askersund", "2026-01-01");
        ask("askersund", "2026-01-02");
        ask("laxa", "2026-01-01");

        assertThat(workedOut).hasValue(3);
    }

    @Test
    void anAnswerIsNotKeptWhileTheOrganisationHoldsAnEventRecordedAfterTheMomentOfAsking() {
        newestRecorded.set(Instant.now().plus(Duration.ofMinutes(5)));
        ask("askersund", "2026-01-01");
        ask("askersund", "2026-01-01");

        assertThat(workedOut).hasValue(2);
    }

    @Test
    void withNoRoomNothingIsKept() {
        AnswersAboutNow none = new AnswersAboutNow(0, readModels::get, position::get,
                organisation -> newestRecorded.get());
        none.json("askersund", List.of("structure"), answer(), AnswersAboutNowTest::quotedNow);
        none.json("askersund", List.of("structure"), answer(), AnswersAboutNowTest::quotedNow);

        assertThat(workedOut).hasValue(2);
    }

    @Test
    void aKeptAnswerCarriesTheMomentOfEachRead() {
        String first = ask("askersund", "2026-01-01");
        String second = ask("askersund", "2026-01-01");

        assertThat(first).contains("\"knownAt\":\"2026-01-05T08:00:00Z\"");
        assertThat(second).isEqualTo(first.replace("2026-01-05T08:00:00Z", LATER_MOMENT));
        assertThat(workedOut).hasValue(1);
    }

    private static final String LATER_MOMENT = "2026-01-08T12:30:00.123Z";

    private String ask(String organisation, String asOf) {
        return new String(answers.json(organisation, List.of("structure", asOf), answer(),
                AnswersAboutNowTest::quotedNow), StandardCharsets.UTF_8);
    }

    private static byte[] quotedNow() {
        return ("\"" + LATER_MOMENT + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /** An answer as the structure writes it: its own knownAt before the tree, whose units may hold others. */
    private Supplier<byte[]> answer() {
        return () -> ("{\"organisationId\":\"askersund\",\"asOf\":\"2026-01-01\",\"knownAt\":"
                + "\"2026-01-05T08:00:00Z\",\"root\":{\"n\":" + workedOut.incrementAndGet()
                + ",\"knownAt\":\"nested\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
