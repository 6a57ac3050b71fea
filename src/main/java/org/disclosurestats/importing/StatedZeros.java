package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import org.disclosurestats.importing.ProseLexicon.Zero;

/**
 * Statements that something did not happen, read as a reported zero for the one metric they name and no
 * other: 未收到有关政府信息公开行政复议申请 is reconsiderations = 0, never requests = 0; 未收取任何费用 after a
 * request is fees = 0. A figure the report never mentions stays unstated (null), never 0.
 */
final class StatedZeros {

    /** A zero found in a sentence: its metric, and where the negation stands in the sentence. */
    record Found(String metric, int start, int end) {
    }

    private final List<Zero> zeros;

    StatedZeros(ProseLexicon lexicon) {
        this.zeros = lexicon.zeros();
    }

    /** The zeros a sentence (matching form) states, at most one per metric. */
    List<Found> in(String sentence) {
        List<Found> out = new ArrayList<>();
        for (Zero z : zeros) {
            int within = z.within() == null ? 30 : z.within();
            Found hit = null;
            for (String neg : z.negations()) {
                for (int at = sentence.indexOf(neg); at >= 0 && hit == null; at = sentence.indexOf(neg, at + 1)) {
                    int end = at + neg.length();
                    String ahead = sentence.substring(end, Math.min(sentence.length(), end + within));
                    String behind = sentence.substring(Math.max(0, at - within), at);
                    if (objectFollows(z, ahead) || objectPrecedes(z, behind)) {
                        hit = new Found(z.metric(), at, end);
                    }
                }
                if (hit != null) {
                    break;
                }
            }
            if (hit != null) {
                out.add(hit);
            }
        }
        return out;
    }

    private static boolean objectFollows(Zero z, String ahead) {
        for (List<String> sequence : z.objectAfter()) {
            int end = endOfSequence(ahead, sequence);
            if (end >= 0 && !names(z.against(), ahead.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean objectPrecedes(Zero z, String behind) {
        for (List<String> sequence : z.objectBefore()) {
            int start = behind.lastIndexOf(sequence.get(0));
            if (start >= 0 && endOfSequence(behind.substring(start), sequence) >= 0
                    && !names(z.against(), behind.substring(start))) {
                return true;
            }
        }
        return false;
    }

    /** Where the last term of a sequence ends when all its terms stand in order in the text (no clause break first); -1 if not. */
    private static int endOfSequence(String text, List<String> sequence) {
        int from = 0;
        for (String term : sequence) {
            int at = text.indexOf(term, from);
            if (at < 0) {
                return -1;
            }
            from = at + term.length();
        }
        return from;
    }

    private static boolean names(List<String> against, String text) {
        return against != null && against.stream().anyMatch(text::contains);
    }
}
