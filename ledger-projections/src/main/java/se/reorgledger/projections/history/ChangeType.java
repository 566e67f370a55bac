package se.reorgledger.projections.history;

/** The published type of a change in views: the event's name without its suffix, "unitMoved". */
public final class ChangeType {

    private ChangeType() {
    }

    public static String of(Object event) {
        String name = event.getClass().getSimpleName();
        if (name.endsWith("Event")) {
            name = name.substring(0, name.length() - "Event".length());
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
