package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production setting: an OAuth2 resource server. Only a token signed by the configured key, from the
 * configured issuer, for this audience and not expired is accepted; its roles claim decides what it may do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JwtAuthenticationIT {

    private static final String ISSUER = "https://idp.askersund.example";
    private static final String AUDIENCE = "reorganisation-ledger";

    @TempDir
    static Path folder;

    private KeyPair key;
    private KeyPair otherKey;
    private RunningLedger ledger;

    @BeforeAll
    void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        otherKey = generator.generateKeyPair();
        Path pem = folder.resolve("issuer.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        ledger = RunningLedger.start(Map.of(
                "LEDGER_DATA_DIR", folder.resolve("data").toString(),
                "LEDGER_JWT_ISSUER", ISSUER,
                "LEDGER_JWT_AUDIENCE", AUDIENCE,
                "LEDGER_JWT_PUBLIC_KEY_LOCATION", "file:" + pem)).as(null);
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    private String token(KeyPair signingKey, String issuer, String audience, Instant expiry, List<String> roles)
            throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("kommunsekreterare-1").issuer(issuer)
                .audience(audience).expirationTime(Date.from(expiry)).issueTime(new Date())
                .claim("roles", roles).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) signingKey.getPrivate()));
        return jwt.serialize();
    }

    private String valid(List<String> roles) throws Exception {
        return token(key, ISSUER, AUDIENCE, Instant.now().plusSeconds(600), roles);
    }

    private int get(String token) {
        return ledger.send(request("/api/v1/ledger/head", token).GET()).status();
    }

    private RunningLedger.Response registerOrganisation(String token, String id) {
        return ledger.send(request("/api/v1/organisations", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + id + "\",\"name\":\"Kommun\"}")));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ledger.baseUrl() + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    @Test
    void aValidTokenIsAcceptedAndItsRolesDecide() throws Exception {
        assertThat(get(valid(List.of("reader")))).isEqualTo(200);
        RunningLedger.Response forbidden = registerOrganisation(valid(List.of("reader", "registrar")), "jwt-a");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(registerOrganisation(valid(List.of("admin")), "jwt-b").status()).isEqualTo(201);
    }

    @Test
    void aTokenWithoutALedgerRoleMayDoNothing() throws Exception {
        assertThat(get(valid(List.of("payroll")))).isEqualTo(403);
        for (String path : List.of("/api/v1/ledger/verify", "/api/v1/ledger/export", "/api/v1/ledger/head")) {
            assertThat(ledger.send(request(path, valid(List.of("payroll")))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())).status()).as("HEAD " + path).isEqualTo(403);
        }
    }

    @Test
    void noTokenIsUnauthorisedButHealthStaysOpen() {
        RunningLedger.Response response = ledger.send(request("/api/v1/ledger/head", null).GET());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(ledger.send(request("/actuator/health", null).GET()).status()).isEqualTo(200);
    }

    @Test
    void aForgedSignatureIsUnauthorised() throws Exception {
        assertThat(get(token(otherKey, ISSUER, AUDIENCE, Instant.now().plusSeconds(600), List.of("admin"))))
                .isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsUnauthorised() throws Exception {
        assertThat(get(token(key, ISSUER, AUDIENCE, Instant.now().minusSeconds(3600), List.of("admin"))))
                .isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorised() throws Exception {
        assertThat(get(token(key, ISSUER, "payroll", Instant.now().plusSeconds(600), List.of("admin"))))
                .isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthorised() throws Exception {
        assertThat(get(token(key, "https://evil.example", AUDIENCE, Instant.now().plusSeconds(600),
                List.of("admin")))).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenIsUnauthorised() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("x").issuer(ISSUER).audience(AUDIENCE)
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).claim("roles", List.of("admin")).build();
        assertThat(get(new PlainJWT(claims).serialize())).isEqualTo(401);
    }
}
