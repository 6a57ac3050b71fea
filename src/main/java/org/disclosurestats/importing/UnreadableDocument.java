package org.disclosurestats.importing;

/**
 * A document the importer cannot read into text: the reader's own failure, which the REST layer
 * turns into an answer (an unsupported type is the client's choice of format, the others its content).
 */
public class UnreadableDocument extends RuntimeException {

    /** Why the document could not be read. */
    public enum Reason {
        EMPTY, UNSUPPORTED_TYPE, UNPARSEABLE, NO_TEXT_LAYER, GARBLED_TEXT_LAYER
    }

    public final Reason reason;

    public UnreadableDocument(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }
}
