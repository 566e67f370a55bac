package se.reorgledger.api.json;

/**
 * What a text field of the ledger may hold: letters of any script (Swedish å, ä, ö and every other), digits,
 * punctuation, symbols, spaces. Not: control characters (NUL, ESC, CR, LF, ...), which break logs, terminals
 * and strict JSON parsers; bidirectional overrides and isolates, which make a name display as something it is
 * not; lone surrogates and noncharacters, which are not Unicode text at all.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why the text is refused, or null if it is allowed. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return "holds a noncharacter (U+" + Integer.toHexString(codePoint).toUpperCase() + ")";
                }
                continue;
            }
            if (Character.isSurrogate(c)) {
                return "holds a lone surrogate (not Unicode text)";
            }
            if (Character.getType(c) == Character.CONTROL) {
                return "holds a control character (U+" + String.format("%04X", (int) c) + ")";
            }
            if (isBidiControl(c)) {
                return "holds a bidirectional control character (U+" + String.format("%04X", (int) c) + ")";
            }
            if (c == 0xFFFE || c == 0xFFFF || (c >= 0xFDD0 && c <= 0xFDEF)) {
                return "holds a noncharacter (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        return null;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u061C'
                || c == '\u200E' || c == '\u200F';
    }
}
