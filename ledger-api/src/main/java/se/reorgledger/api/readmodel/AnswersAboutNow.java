package se.reorgledger.api.readmodel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.reorgledger.projections.rebuild.ProjectionHolder;

/**
 * The JSON of answers about now (no knownAt) about one organisation, kept per read-model position. REST clients
 * (HR, payroll, the intranet) ask for the current structure again and again, and it changes only when the read
 * models apply an event: asked at the same position, the same question has the same answer.
 *
 * <p>An answer is kept under the position the read models had before it was worked out: every event up to it is
 * in the answer, and an event applied since moves the position, so a later read never finds an answer without
 * it. It is kept only if the organisation holds nothing recorded after the moment of asking; otherwise (a node
 * whose clock runs behind the one that recorded the event) the passing of time alone would change the answer.
 * The read models replaced by an admin rebuild start a new generation of keys: a rebuild may follow a change of
 * how events are read, and the same position need not give the same answer then. Bounded by bytes
 * ({@code ledger.reads.answer-cache-mb}, 0 keeps none); counted as the cache {@code ledger.answers.about-now}.
 */
@Component
public class AnswersAboutNow {

    private final Cache<Key, KnownAtStamp> answers;
    private final boolean keeping;
    private final Supplier<Object> readModels;
    private final LongSupplier position;
    private final Function<String, Instant> newestRecordedAt;
    private Object readModelsSeen;
    private long generation;

    private record Key(List<Object> question, long generation, long position) {
    }

    @Autowired
    public AnswersAboutNow(@Value("${ledger.reads.answer-cache-mb:32}") int megabytes, ProjectionHolder readModels,
                           MeterRegistry registry) {
        this(megabytes, readModels::current, () -> readModels.current().position(),
                organisationId -> readModels.current().newestRecordedAt(organisationId));
        CaffeineCacheMetrics.monitor(registry, answers, "ledger.answers.about-now");
    }

    AnswersAboutNow(int megabytes, Supplier<Object> readModels, LongSupplier position,
                    Function<String, Instant> newestRecordedAt) {
        this.answers = Caffeine.newBuilder().maximumWeight(Math.max(0, megabytes) * 1_048_576L)
                .weigher((Key key, KnownAtStamp json) -> json.weight()).recordStats().build();
        this.keeping = megabytes > 0;
        this.readModels = readModels;
        this.position = position;
        this.newestRecordedAt = newestRecordedAt;
    }

    /**
     * The JSON {@code json} writes about {@code organisationId} now, worked out again only when the read models
     * moved on; a kept answer is given the knownAt of this read ({@code quotedNow}, a JSON string). {@code question}
     * holds every parameter that shapes the answer, resolved (the endpoint, the asOf date, ...).
     */
    byte[] json(String organisationId, List<Object> question, Supplier<byte[]> json, Supplier<byte[]> quotedNow) {
        if (!keeping) {
            return json.get();
        }
        Key key = new Key(List.of(organisationId, question), generationOf(readModels.get()), position.getAsLong());
        KnownAtStamp kept = answers.getIfPresent(key);
        if (kept != null) {
            return kept.at(quotedNow.get());
        }
        Instant asked = Instant.now();
        byte[] answer = json.get();
        Instant newest = newestRecordedAt.apply(organisationId);
        if (newest == null || !newest.isAfter(asked)) {
            answers.put(key, KnownAtStamp.of(answer));
        }
        return answer;
    }

    /** The generation of these read models: a new one each time other read models take their place. */
    private synchronized long generationOf(Object current) {
        if (current != readModelsSeen) {
            readModelsSeen = current;
            generation++;
            answers.invalidateAll();
        }
        return generation;
    }
}
