package org.disclosurestats.domain;

import java.util.OptionalInt;

/**
 * The one rule on control characters in text the service receives. PostgreSQL cannot store NUL, and
 * no report, name, parameter or token needs a C0/C1 control character; only a multi-line text
 * (a report's full text, a note) may hold line breaks and tabs.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Where the first refused character is, if any; multiLine allows tab, line feed and carriage return. */
    public static OptionalInt firstRefused(CharSequence text, boolean multiLine) {
        if (text == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (refused(text.charAt(i), multiLine)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public static boolean refused(char c, boolean multiLine) {
        if (multiLine && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    /** How a refused character is named in an error message (U+0000). */
    public static String describe(CharSequence text, int at) {
        return String.format("U+%04X at position %d", (int) text.charAt(at), at);
    }
}
