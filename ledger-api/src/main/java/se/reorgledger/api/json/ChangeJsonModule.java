package se.reorgledger.api.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import se.reorgledger.core.change.Change;
import se.reorgledger.core.decision.LifecycleStep;
import se.reorgledger.core.decision.LifecycleVocabulary;
import se.reorgledger.core.organisation.ChangeVocabulary;

/**
 * Reads and writes a package's changes as {@code {"type": "moveUnit", ...}}, with the names of the
 * {@link ChangeVocabulary}, and a decision's lifecycle steps likewise ({@link LifecycleVocabulary}). The core
 * stays free of Jackson: the type information is attached here, by mixin.
 */
public class ChangeJsonModule extends SimpleModule {

    public ChangeJsonModule() {
        super("reorganisation-ledger-changes");
        setMixInAnnotation(Change.class, ChangeMixin.class);
        ChangeVocabulary.types().forEach((name, type) -> registerSubtypes(new NamedType(type, name)));
        setMixInAnnotation(LifecycleStep.class, ChangeMixin.class);
        LifecycleVocabulary.steps().forEach((name, type) -> registerSubtypes(new NamedType(type, name)));
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    private abstract static class ChangeMixin {
    }
}
