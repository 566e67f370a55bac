package se.reorgledger.core.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of a decision's lifecycle steps, by which a client records them ({@code {"type": "anslag", ...}})
 * and by which the read side lists them. The names are published: once in use, never renamed.
 */
public final class LifecycleVocabulary {

    private static final Map<String, Class<? extends LifecycleStep>> STEPS = new LinkedHashMap<>();
    private static final Map<Class<? extends DecisionLifecycleEvent>, String> EVENTS = new LinkedHashMap<>();

    static {
        add("justering", LifecycleStep.Justering.class, ProtocolJusteratEvent.class);
        add("anslag", LifecycleStep.Anslag.class, AnslagPostedEvent.class);
        add("appeal", LifecycleStep.Appeal.class, DecisionAppealedEvent.class);
        add("ruling", LifecycleStep.Ruling.class, RulingGivenEvent.class);
        add("lagaKraft", LifecycleStep.LagaKraft.class, LagaKraftRecordedEvent.class);
        add("revocation", LifecycleStep.Revocation.class, DecisionRevokedEvent.class);
        add("anmalan", LifecycleStep.Anmalan.class, DelegationsbeslutReportedEvent.class);
    }

    private LifecycleVocabulary() {
    }

    private static void add(String name, Class<? extends LifecycleStep> step,
                            Class<? extends DecisionLifecycleEvent> event) {
        STEPS.put(name, step);
        EVENTS.put(event, name);
    }

    public static Map<String, Class<? extends LifecycleStep>> steps() {
        return Collections.unmodifiableMap(STEPS);
    }

    /** The name of the step an event records. */
    public static String nameOf(DecisionLifecycleEvent event) {
        return EVENTS.get(event.getClass());
    }
}
