package org.disclosurestats.service;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large a document an import reads. Reading costs memory and time that grow with the text (a
 * DOM, sentences, candidate figures): the document and its text are bounded, so that the worst
 * import within them fits the heap and answers within seconds (measured: src/docs/hardening.md).
 * Real annual reports are 5,000 to 60,000 characters.
 */
@ApplicationScoped
public class ImportLimits {

    @ConfigProperty(name = "disclosure.import.max-document-size", defaultValue = "4M")
    MemorySize maxDocument;
    @ConfigProperty(name = "disclosure.import.max-text-chars", defaultValue = "100000")
    int maxTextChars;

    public void requireDocumentSize(long bytes) {
        if (bytes > maxDocument.asLongValue()) {
            throw new ApiProblem(413, "document-too-large", "Document too large", "The document has " + bytes + " bytes; an import reads at most "
                    + maxDocument.asLongValue() + ". Annual reports are far smaller: is this the right file?", "body", null);
        }
    }

    public void requireTextLength(String text) {
        if (text != null && text.length() > maxTextChars) {
            throw new ApiProblem(413, "text-too-large", "Document text too long", "The document's text has " + text.length()
                    + " characters; an import reads at most " + maxTextChars + ". Annual reports are far shorter: is this the right file?", "body", null);
        }
    }
}
