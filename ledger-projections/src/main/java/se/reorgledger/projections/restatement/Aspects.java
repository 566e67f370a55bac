package se.reorgledger.projections.restatement;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The facts in which two states of one entity differ, read from the state records' own components, so that a
 * fact added to a state is compared without anyone remembering to add it here.
 */
final class Aspects {

    static final String IN_FORCE = "inForce";

    private Aspects() {
    }

    /** @param before the entity's state in force, or null; likewise {@code after} */
    static List<Difference> between(Object before, Object after) {
        if (before == null && after == null) {
            return List.of();
        }
        if (before == null || after == null) {
            return List.of(new Difference(IN_FORCE, before != null, after != null));
        }
        List<Difference> differences = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (component.getName().equals("id")) {
                continue;
            }
            Object was = value(component, before);
            Object is = value(component, after);
            if (!Objects.equals(was, is)) {
                differences.add(new Difference(component.getName(), was, is));
            }
        }
        return differences;
    }

    private static Object value(RecordComponent component, Object state) {
        try {
            return component.getAccessor().invoke(state);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a state's component is readable: " + component, e);
        }
    }
}
