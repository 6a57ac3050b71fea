package org.disclosurestats.importing;

import java.util.OptionalInt;

/** Finds where a quoted sentence stands in a report's text, so provenance can point into the stored text. */
public final class QuoteLocator {

    private QuoteLocator() {
    }

    /** The offset of the first occurrence of the quote, if the text contains it. */
    public static OptionalInt locate(String text, String quote) {
        int at = quote == null || quote.isEmpty() ? -1 : text.indexOf(quote);
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }
}
