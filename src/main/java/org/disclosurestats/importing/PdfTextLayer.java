package org.disclosurestats.importing;

import java.text.Normalizer;
import java.util.Set;

/**
 * Whether the text layer of a PDF says what its pages show. A font embedded as a subset without a faithful map from
 * its glyphs to characters gives text that is not the page's: private-use characters, replacement characters,
 * controls, or real Chinese characters that are the wrong ones (a glyph's number read as a character). Read as it is,
 * such a layer would give wrong figures and labels, so it is refused. Chinese text is recognised by its commonest
 * characters: in any report they make a good share of the text, in characters read through a wrong map almost none.
 * A font that maps its glyphs to Kangxi radicals or compatibility ideographs (⼀ for 一) is read as the ideographs.
 */
final class PdfTextLayer {

    private PdfTextLayer() {
    }

    /** Characters that make up a good share of any Chinese report (function words, 年, 政府, 信息, 公开…). */
    private static final Set<Integer> COMMON = "的一是了在不和有人年政府信息公开中为以工作关于本等对及市县区部门情况申请"
            .codePoints().boxed().collect(java.util.stream.Collectors.toSet());
    /** Below this share of characters that cannot be a report's text, a layer is taken as faithful. */
    private static final double GARBLED_SHARE = 0.05;
    /** In genuine Chinese text the common characters are well above this share; in text read through a wrong map, below. */
    private static final double COMMON_SHARE = 0.04;
    /** Fewer Chinese characters than this, and their make-up says nothing. */
    private static final int ENOUGH_HAN = 200;

    /** The text with characters a font maps to Kangxi radicals or compatibility ideographs read as the ideographs. */
    static String normalized(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2F00' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF') {
                if (b == null) {
                    b = new StringBuilder(text.substring(0, i));
                }
                b.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    /** Refuses a text layer that cannot be the page's text (see the class comment). */
    static void refuseGarbled(String text) {
        long visible = 0;
        long garbled = 0;
        long han = 0;
        long common = 0;
        long foreign = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (cannotBeText(c)) {
                garbled++;
            } else if (foreignLetter(c)) {
                foreign++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                common += COMMON.contains(c) ? 1 : 0;
            }
        }
        if (visible > 0 && garbled >= GARBLED_SHARE * visible) {
            throw refused(garbled + " of its " + visible + " characters are private-use, replacement or control characters");
        }
        if (visible > 0 && foreign >= GARBLED_SHARE * visible) {
            throw refused(foreign + " of its " + visible + " characters are letters of other scripts than Chinese and English"
                    + " (glyph numbers read as characters: a composite font without its character map)");
        }
        if (han >= ENOUGH_HAN && common < COMMON_SHARE * han) {
            throw refused("its " + han + " Chinese characters are not Chinese text (" + common + " of the commonest characters)");
        }
    }

    /**
     * Refuses a layer in which glyphs of composite fonts map to no character at all (Identity-H without a ToUnicode
     * map): their text is gone, and what is left (the digits of another font, say) would be read without its labels.
     */
    static void refuseUnmapped(int unmapped, int glyphs) {
        if (glyphs > 0 && unmapped >= GARBLED_SHARE * glyphs) {
            throw refused(unmapped + " of its " + glyphs + " glyphs map to no character");
        }
    }

    /**
     * A letter a Chinese report hardly ever holds: beyond ASCII and not Chinese, Japanese kana or a full-width Latin
     * letter (accented Latin, Greek, Cyrillic…). A font read without its map gives its glyph numbers, which fall there.
     */
    private static boolean foreignLetter(int c) {
        if (c < 0x80 || !Character.isLetter(c) || c >= 0xFF00 && c <= 0xFFEF) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.BOPOMOFO
                && script != Character.UnicodeScript.COMMON;
    }

    static boolean cannotBeText(int c) {
        int type = Character.getType(c);
        return type == Character.PRIVATE_USE || type == Character.UNASSIGNED || c == 0xFFFD
                || type == Character.CONTROL || type == Character.SURROGATE;
    }

    private static UnreadableDocument refused(String why) {
        return new UnreadableDocument(UnreadableDocument.Reason.GARBLED_TEXT_LAYER, "The PDF's text layer is not the text its pages show: "
                + why + ". Its fonts map glyphs to the wrong characters (an embedded subset without its character map), so "
                + "figures read from it could be wrong; send the report's web page, or a PDF exported again with its fonts' text.");
    }
}
