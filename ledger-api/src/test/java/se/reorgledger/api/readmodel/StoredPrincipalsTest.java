package se.reorgledger.api.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whether the principal is read straight from the bytes or by the parser, it is what the metadata says. */
class StoredPrincipalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StoredPrincipals principals = new StoredPrincipals(JSON.getFactory());

    @Test
    void readsThePrincipalAsTheMetaDatasOwnMapHasIt() throws IOException {
        Random random = new Random(29);
        List<String> names = List.of("hr-handlaggare", "kommunsekreterare@askersund.se", "Åsa Öberg", "a\"b",
                "back\\slash", "tab\there", "", "x");
        for (int i = 0; i < 2_000; i++) {
            Map<String, Object> metaData = new LinkedHashMap<>();
            boolean first = random.nextBoolean();
            if (!first) {
                metaData.put("traceId", "t-" + i);
            }
            Object principal = random.nextInt(10) == 0 ? null : names.get(random.nextInt(names.size()));
            metaData.put("principal", principal);
            metaData.put("correlationId", Map.of("nested", "principal"));
            byte[] bytes = JSON.writeValueAsBytes(metaData);

            assertThat(principals.of(bytes)).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(principal);
        }
    }

    @Test
    void metaDataWithoutAPrincipalHasNone() throws IOException {
        for (String metaData : List.of("{}", "{\"traceId\":\"t\"}", "{\"principals\":\"p\"}", "[]",
                "{\"trace\":{\"principal\":\"nested\"}}")) {
            assertThat(principals.of(metaData.getBytes(StandardCharsets.UTF_8))).as(metaData).isNull();
        }
        assertThat(principals.of(null)).isNull();
        assertThat(principals.of(new byte[0])).isNull();
    }
}
