package se.reorgledger.api.web;

/**
 * Escaping for HTML written without a template: text between tags and attribute values in double or single
 * quotes. Both escape {@code & < > " '} as Thymeleaf's {@code th:text} and {@code th:attr} do, so that a page part
 * written here reads the same as one a template wrote. Letters outside ASCII (å, ä, ö) stay as they are: the
 * pages are UTF-8.
 */
final class Html {

    private Html() {
    }

    /** Appends {@code value} as the text of an element. */
    static StringBuilder text(StringBuilder out, String value) {
        return escape(out, value);
    }

    /** Appends {@code value} as an attribute value between quotes (the quotes are the caller's). */
    static StringBuilder attribute(StringBuilder out, String value) {
        return escape(out, value);
    }

    private static StringBuilder escape(StringBuilder out, String value) {
        int length = value.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            String entity = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                out.append(value, start, i).append(entity);
                start = i + 1;
            }
        }
        return out.append(value, start, length);
    }
}
