package se.reorgledger.projections.rebuild.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.reorgledger.projections.LedgerProjection;

/**
 * Every field of the read models' state as the checkpoint knows it. A field added to one of these classes fails
 * this test: write it in the class's {@code writeTo}, read it in its checkpoint constructor or {@code readFrom},
 * raise {@link CheckpointFile#FORMAT_VERSION}, and add it here. (Fields that follow from others, or that only
 * spare work, are derived again or start empty on load; say which in {@code OrganisationIndex}.)
 */
class CheckpointedFieldsTest {

    private static final Map<String, String> CHECKPOINTED = new TreeMap<>(Map.ofEntries(
            // whenRejected and whenReplaced are no state: who is told of a checkpoint section that fails its
            // checks, and what is let go of once a rebuild replaces the read models.
            Map.entry("LedgerProjection", "applying organisations position whenRejected whenReplaced"),
            Map.entry("index.OrganisationIndex", "assignments changeLog changes changesTouchingUnit chefRoleList "
                    + "chefRoles chefRolesOfUnit committees complete cooperations decisions derived id lock name "
                    + "nameCorrections namedAsSuccessor persons registeredAt shared sharedAnswers sortKeys times unitList unitOfChefRole unitOrder units"),
            Map.entry("index.RecordedTimes", "nanos seconds size"),
            Map.entry("index.PersonRegister", "persons"),
            Map.entry("index.PersonRegister$Names", "epochs names size"),
            Map.entry("index.RecordedFacts", "epoch eventIdHigh eventIdIsUuid eventIdLow eventIdText position "
                    + "principal"),
            Map.entry("index.ChangeEntry", "corrections effectiveDay event eventType"),
            Map.entry("index.CorrectionEntry", "event target"),
            Map.entry("index.DecisionEntry", "changes corrections decision documents lifecycle"),
            Map.entry("index.LifecycleEntry", "event"),
            Map.entry("index.DocumentEntry", "event"),
            Map.entry("index.NameCorrectionEntry", "event"),
            Map.entry("index.EntityTimeline", "entries fold folded foldedCount id initial memo statesAfter versions"),
            Map.entry("index.VersionTable", "bounds inForce inForceFrom inForceTo learntInOrder size states")));

    @Test
    void everyFieldOfTheReadModelsStateIsOneTheCheckpointKnows() throws ClassNotFoundException {
        Map<String, String> now = new TreeMap<>();
        for (String name : CHECKPOINTED.keySet()) {
            Class<?> type = Class.forName(LedgerProjection.class.getPackageName() + "." + name);
            TreeSet<String> fields = new TreeSet<>();
            Arrays.stream(type.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers()))
                    .filter(field -> !field.isSynthetic()).map(Field::getName).forEach(fields::add);
            now.put(name, String.join(" ", fields));
        }

        assertThat(now).as("the fields of the read models' state; a new one must be checkpointed (see this test's "
                + "javadoc)").isEqualTo(CHECKPOINTED);
    }
}
