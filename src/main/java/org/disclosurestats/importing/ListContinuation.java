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

    /** A part of this total was read. */
    void partRead(Extracted parent) {
        lastParent = parent;
    }

    /** A new part of the report begins: no list runs on into it. */
    void reset() {
        lastParent = null;
    }
}
