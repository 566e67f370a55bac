package se.reorgledger.benchmarks.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** An API token issued by an admin for the length of a run, as a REST client would be given one. */
final class ReaderToken {

    private ReaderToken() {
    }

    /** Issues a token of {@code role} through {@code POST /api/v1/admin/tokens}; the token itself. */
    static String issue(HttpClient client, String url, String adminAuthorization, String name, String role)
            throws Exception {
        String body = "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"expiresAt\":\""
                + Instant.now().plus(Duration.ofHours(4)) + "\"}";
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/admin/tokens"))
                .header("Authorization", adminAuthorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("issuing a token answered " + issued.statusCode() + ": " + issued.body());
        }
        return new ObjectMapper().readTree(issued.body()).get("token").asText();
    }
}
