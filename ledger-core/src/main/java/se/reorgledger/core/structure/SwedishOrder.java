package se.reorgledger.core.structure;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import se.reorgledger.core.unit.UnitState;

/** Units sorted as a Swedish reader expects (å, ä, ö last), ties broken by id so every view is stable. */
public final class SwedishOrder {

    private static final ThreadLocal<Collator> COLLATOR =
            ThreadLocal.withInitial(() -> Collator.getInstance(Locale.forLanguageTag("sv-SE")));

    public static final Comparator<String> NAMES = (a, b) -> COLLATOR.get().compare(a, b);

    public static final Comparator<UnitState> UNITS =
            Comparator.comparing(UnitState::name, NAMES).thenComparing(UnitState::id);

    private SwedishOrder() {
    }
}
