package se.reorgledger.benchmarks.starts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import se.reorgledger.benchmarks.service.ServiceProcess;

/**
 * What a client meets once a restart is ready, while the checkpoint's organisations are still being loaded in the
 * background: the first read of the organisation the loader comes to last (its section read, checked and decoded
 * for that read), the same read again, and when the loader has loaded them all. Only reads: a write would leave
 * the checkpoint behind and make the next shutdown write another.
 */
final class AfterReadiness {

    private static final String LOADED = "Every organisation of the checkpoint is loaded";
    private static final String LOADED_WITH_FAULTS = "The organisations of the checkpoint were loaded in";
    private static final Duration LOADING_AT_MOST = Duration.ofMinutes(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The lines to report; the service is left running. */
    String probe(ServiceProcess service) throws Exception {
        JsonNode organisations = json.readTree(get(service.url() + "/api/v1/organisations").body());
        if (organisations.isEmpty()) {
            return "    no organisation to read";
        }
        // The loader goes in id order, and the list is sorted by name: the largest id is loaded last.
        String last = null;
        for (JsonNode organisation : organisations) {
            String id = organisation.get("id").asText();
            last = last == null || id.compareTo(last) > 0 ? id : last;
        }
        String structure = service.url() + "/api/v1/organisations/" + last + "/structure";
        double first = timed(structure);
        double again = timed(structure);
        double loaded = service.awaitLine(LOADING_AT_MOST, LOADED, LOADED_WITH_FAULTS);
        return String.format(Locale.ROOT, "    structure of %s right after readiness: first read %.1f ms, again %.1f ms"
                        + "%n    every organisation loaded %s", last, first, again,
                loaded < 0 ? "(no log line within " + LOADING_AT_MOST.toMinutes() + " minutes)"
                        : String.format(Locale.ROOT, "%.1f s after launch (%s)", loaded,
                        service.lineOf(LOADED, LOADED_WITH_FAULTS)));
    }

    private double timed(String url) throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> answer = get(url);
        double ms = (System.nanoTime() - started) / 1e6;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode());
        }
        return ms;
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", ServiceProcess.basicAuthorization())
                .header("Accept", "application/json").timeout(Duration.ofMinutes(1)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
