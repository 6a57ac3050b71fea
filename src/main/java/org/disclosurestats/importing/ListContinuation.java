package org.disclosurestats.importing;

import java.util.Map;
import org.disclosurestats.importing.Extraction.Extracted;

/**
 * Which total a sentence that continues a list (其中…, 在主动公开的信息中…) gives its parts to: the count just before it
 * when that is a total with parts, or the total of the part just before it, so that a list of categories may run
 * over several sentences (…业务类信息401条。在主动公开的信息中…方面的信息有258条).
 */
final class ListContinuation {

    private final Map<String, String> children;
    private Extracted lastParent;

    ListContinuation(Map<String, String> children) {
        this.children = children;
    }

    /** The total continued after the given last count, or null. */
    Extracted parentAfter(Extracted lastCount) {
        if (lastCount == null) {
            return null;
        }
        if (children.get(lastCount.metric()) != null) {
            return lastCount;
        }
        return lastParent != null && lastCount.metric().equals(children.get(lastParent.metric())) ? lastParent : null;
    }

    /** A later item of a numbered list (;6.…, 。7、…) opening the words before a number. */
    private static final java.util.regex.Pattern LATER_NUMBERED_ITEM = java.util.regex.Pattern.compile("^[;,]?\\s*(?:[2-9]|[1-9][0-9])[.、](?![0-9])");

    /**
     * The total whose numbered list goes on in the words before a number, or null: after a sentence about one item
     * (…4615项。公开…;6.财政预算信息发布166条) the next numbered item is still a part of the total whose parts were read.
     */
    Extracted numberedListGoesOn(String before) {
        return lastParent != null && LATER_NUMBERED_ITEM.matcher(before).find() ? lastParent : null;
    }

    /** A bracket that opens (not the numbering of the next item, (2)…). */
    private static final java.util.regex.Pattern PART_OF_PART = java.util.regex.Pattern.compile("\\((?![0-9一二三四五六七八九十]{1,2}\\))");

    /** The numbering of a list item: 1., 2、, (3), ④. */
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile("(?:^|[;,:。])\\s*(?:[0-9]{1,2}[.、](?![0-9])|\\([0-9一二三四五六七八九十]{1,2}\\)|[①-⑳])");

    /**
     * Whether a number is a further count inside one item: inside a numbered item (5.办理许可202件,…清单4615项) the item's
     * own count is the first after its numbering; a bracket right after a part (解读产品201个(包括短视频解读16个)) holds
     * parts of that part, not of the total. {@code previousEnd} is where the number before it ends, in {@code before}'s
     * offsets; {@code afterAPart} whether that number was read as a part.
     */
    static boolean laterCountOfItem(String before, int previousEnd, boolean afterAPart) {
        if (afterAPart && PART_OF_PART.matcher(before).region(previousEnd, before.length()).lookingAt()) {
            return true;
        }
        java.util.regex.Matcher n = ITEM_NUMBER.matcher(before);
        int last = -1;
        while (n.find()) {
            last = n.end();
        }
        return last >= 0 && previousEnd > last;
    }

    /**
     * The metric of a count that follows a figure with only a label between them, or null: a figure of a metric that
     * runs in lists has siblings of its own metric (公示公告88篇、基层动态335条); a total whose parts are such a metric,
     * followed by 、 and a label, goes on with its parts (利用门户网站主动公开政府信息88条、规范性文件2条、财政信息2条).
     */
    static String siblingMetric(String previous, String partsOfPrevious, String between, java.util.Collection<String> siblings) {
        if (siblings.contains(previous)) {
            return previous;
        }
        return partsOfPrevious != null && siblings.contains(partsOfPrevious) && between.startsWith("、") ? partsOfPrevious : null;
    }

    /** A part of this total was read. */
    void partRead(Extracted parent) {
        lastParent = parent;
    }

    /** A new part of the report begins: no list runs on into it. */
    void reset() {
        lastParent = null;
    }
}
