package se.reorgledger.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The stored form of every event type is frozen: each is serialised exactly as the service stores it and
 * compared with its golden file, and the golden file reads back to the same event. A change to an event's
 * fields fails here; it needs a new revision, an upcaster and a new golden file, never an edited one.
 * (Run with -Dgolden.write=true once to write the file of a new event type.)
 */
class EventWireFormatTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/events");
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(LedgerObjectMappers.events())
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Object> events() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void theStoredJsonOfEveryEventTypeIsFrozen(Object event) throws IOException {
        Class<?> type = event.getClass();
        SerializedObject<byte[]> stored = SERIALIZER.serialize(event, byte[].class);
        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(type.getSimpleName() + ".v" + revision(type) + ".json");
        if (Boolean.getBoolean("golden.write") && !Files.exists(golden)) {
            Files.writeString(golden, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json))
                    + "\n");
        }
        String frozen = JSON.writeValueAsString(JSON.readTree(Files.readString(golden)));

        assertThat(json).as("stored form of %s", type.getSimpleName()).isEqualTo(frozen);
        assertThat(stored.getType().getRevision()).isEqualTo(revision(type));
        Object read = SERIALIZER.deserialize(new SimpleSerializedObject<>(frozen.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType(type.getName(), revision(type))));
        assertThat(read).isEqualTo(event);
    }

    @Test
    void everyEventTypeOfTheCoreHasAGoldenSample() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        Set<String> eventTypes = scanner.findCandidateComponents("se.reorgledger.core").stream()
                .map(definition -> definition.getBeanClassName())
                .collect(Collectors.toSet());
        Set<String> sampled = SampleEvents.all().stream().map(event -> event.getClass().getName())
                .collect(Collectors.toSet());
        assertThat(eventTypes).isNotEmpty().isEqualTo(sampled);
    }

    private static String revision(Class<?> type) {
        return type.getAnnotation(Revision.class).value();
    }
}
