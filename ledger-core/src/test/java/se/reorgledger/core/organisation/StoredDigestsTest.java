package se.reorgledger.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.reorgledger.core.organisation.OrganisationFixtures.CUTOVER;
import static se.reorgledger.core.organisation.OrganisationFixtures.NOVEMBER;
import static se.reorgledger.core.organisation.OrganisationFixtures.ORG;
import static se.reorgledger.core.organisation.OrganisationFixtures.askersundBeforeTheReorganisation;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberChange;
import static se.reorgledger.core.organisation.OrganisationFixtures.novemberPackage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.unit.EstablishUnit;
import se.reorgledger.core.unit.MoveUnit;
import se.reorgledger.core.unit.UnitKind;

/**
 * Ledgers hold packages recorded with each version of the request digest. A package is recognised by what it
 * records, never by the digest stored with it, so a package stored with a digest of any version is recognised when
 * it is sent again. The stored values below are frozen in golden/request-digests.stored.txt.
 */
class StoredDigestsTest {

    /** The package the golden stored digests were computed for. */
    private static final List<Change> PACKAGE = List.of(
            new EstablishUnit("kommunledningskontoret", "Kommunledningskontoret", UnitKind.kontor, ORG, false,
                    CUTOVER),
            new MoveUnit("serviceavdelningen", "kommunledningskontoret", CUTOVER));

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
    }

    @Test
    void theStoredFirstVersionValueIsWhatTheFirstVersionComputed() throws IOException {
        assertThat(firstVersion(PACKAGE)).isEqualTo(stored("v1"));
    }

    @Test
    void theStoredSecondVersionValueIsWhatTheDigestComputesToday() throws IOException {
        assertThat(RequestDigest.of(PACKAGE)).isEqualTo(stored("v2"));
    }

    @Test
    void aPackageStoredWithAFirstVersionDigestIsRecognisedWhenSentAgain() throws IOException {
        resendingThePackageStoredWith(stored("v1"));
    }

    @Test
    void aPackageStoredWithASecondVersionDigestIsRecognisedWhenSentAgain() throws IOException {
        resendingThePackageStoredWith(stored("v2"));
    }

    @Test
    void aPackageStoredWithAnEarlierDigestIsRecognisedInAnotherOrderToo() throws IOException {
        fixture.given(recordedWith(stored("v1")))
                .when(novemberPackage(PACKAGE.get(1), PACKAGE.get(0)))
                .expectNoEvents()
                .expectResultMessagePayload(PackageOutcome.alreadyRecorded(ORG, NOVEMBER,
                        List.of(novemberChange(1), novemberChange(2))));
    }

    private void resendingThePackageStoredWith(String storedDigest) {
        fixture.given(recordedWith(storedDigest))
                .when(novemberPackage(PACKAGE.toArray(Change[]::new)))
                .expectNoEvents()
                .expectResultMessagePayload(PackageOutcome.alreadyRecorded(ORG, NOVEMBER,
                        List.of(novemberChange(1), novemberChange(2))));
    }

    /** The history of a ledger that recorded {@link #PACKAGE} with {@code storedDigest}. */
    private static List<Object> recordedWith(String storedDigest) {
        List<Object> history = new ArrayList<>(askersundBeforeTheReorganisation());
        for (int i = 0; i < PACKAGE.size(); i++) {
            history.add(PACKAGE.get(i).toEvent(ORG, NOVEMBER, novemberChange(i + 1)));
        }
        history.add(new ChangePackageRecordedEvent(ORG, NOVEMBER, List.of(novemberChange(1), novemberChange(2)),
                storedDigest));
        return history;
    }

    /** The first version of the digest as earlier releases computed and stored it, to check the golden value. */
    private static String firstVersion(List<Change> changes) {
        StringBuilder canonical = new StringBuilder();
        for (Change change : changes) {
            canonical.append(change.getClass().getSimpleName()).append('{');
            for (RecordComponent component : change.getClass().getRecordComponents()) {
                try {
                    canonical.append(component.getName()).append('=')
                            .append(component.getAccessor().invoke(change)).append(';');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            canonical.append("}\n");
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stored(String version) throws IOException {
        Map<String, String> stored = new LinkedHashMap<>();
        try (InputStream in = StoredDigestsTest.class.getResourceAsStream("/golden/request-digests.stored.txt")) {
            assertThat(in).as("golden/request-digests.stored.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(" ");
                    stored.put(parts[0], parts[1]);
                }
            }
        }
        assertThat(stored).containsKey(version);
        return stored.get(version);
    }
}
