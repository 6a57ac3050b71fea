package org.disclosurestats.importing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.disclosurestats.domain.ScriptNormalizer;
import org.disclosurestats.fixtures.TestCatalogue;
import org.disclosurestats.importing.Extraction.Extracted;
import org.junit.jupiter.api.Test;

/**
 * The same statement in another form must be read the same: each sentence of the dev half that holds a gold prose figure is
 * rewritten in every form real reports and their stores take ({@link FormVariants}: traditional script, full-width digits,
 * Chinese numerals, separators, approximations, punctuation, spaces, line breaks), read by the document reader as the
 * original is, and its readings (metric, value, subject) compared. The cases that still break are the known gaps
 * ({@code src/test/resources/importing/form-robustness-known-gaps.tsv}), checked exactly: a fix or a new break fails the test
 * until the list is brought up to date. Dev documents only: the test half is never read while rules are written.
 */
class FormRobustnessTest {

    private static final Path DEV = Path.of("src/test/resources/corpus/dev");
    private static final Path KNOWN_GAPS = Path.of("src/test/resources/importing/form-robustness-known-gaps.tsv");
    private static final DocumentReader READER = new DocumentReader(TestCatalogue.metrics(), ProseLexicon.load(new ObjectMapper()));

    /** A sentence of a dev document that holds a gold prose figure, with what its import is given. */
    record GoldSentence(String document, String text, ProseExtractor.Context context) {
    }

    /** One form applied to one sentence that changed what was read. */
    record Break(String form, GoldSentence sentence, List<String> lost, List<String> added, int variants, int broken, String example) {

        String key() {
            return form + "\t" + sentence.document() + "\t" + sentence.text().replace("\n", "\\n");
        }
    }

    @Test
    void everyFormOfADevSentenceIsReadAsTheSentenceItself() throws IOException {
        List<GoldSentence> sentences = goldSentences();
        Map<String, int[]> summary = new LinkedHashMap<>();
        List<Break> breaks = new ArrayList<>();
        for (GoldSentence s : sentences) {
            List<String> original = readings(s.text(), s.context());
            String joined = joined(s.text());
            for (FormVariants.Form form : FormVariants.all()) {
                List<String> variants = form.variants().apply(s.text());
                if (variants.isEmpty() || original.isEmpty()) {
                    continue;
                }
                int[] tally = summary.computeIfAbsent(form.name(), k -> new int[4]);
                Set<String> lost = new LinkedHashSet<>();
                Set<String> added = new LinkedHashSet<>();
                int broken = 0;
                String example = null;
                for (String variant : variants) {
                    if (joined.equals(joined(variant))) {
                        continue; // put back together into the very text of the original: read as it is
                    }
                    List<String> read = readings(variant, s.context());
                    List<String> l = minus(original, read);
                    List<String> a = minus(read, original);
                    if (!l.isEmpty() || !a.isEmpty()) {
                        broken++;
                        example = example == null ? variant : example;
                    }
                    lost.addAll(l);
                    added.addAll(a);
                }
                tally[0]++;
                tally[1] += original.size();
                tally[2] += original.size() - lost.size();
                if (broken > 0) {
                    tally[3]++;
                    breaks.add(new Break(form.name(), s, List.copyOf(lost), List.copyOf(added), variants.size(), broken, example));
                }
            }
        }
        StringBuilder out = new StringBuilder("\nForm robustness on " + sentences.size() + " dev gold sentences"
                + " (a reading is metric | value | subject; kept: read again in every variant of its sentence)\n");
        out.append(String.format("%-30s %9s %9s %7s %7s%n", "form", "sentences", "readings", "kept", "broken"));
        summary.forEach((form, t) -> out.append(String.format("%-30s %9d %9d %7s %7d%n", form, t[0], t[1],
                String.format("%.1f%%", t[1] == 0 ? 100.0 : 100.0 * t[2] / t[1]), t[3])));
        Set<String> found = new TreeSet<>();
        breaks.forEach(b -> found.add(b.key()));
        Set<String> known = knownGaps();
        Set<String> newBreaks = new TreeSet<>(found);
        newBreaks.removeAll(known);
        Set<String> fixed = new TreeSet<>(known);
        fixed.removeAll(found);
        out.append("\nBroken cases (").append(breaks.size()).append("; known gaps ").append(known.size()).append("):\n");
        breaks.forEach(b -> out.append(b.key()).append("\t").append(b.broken()).append("/").append(b.variants()).append(" variants; lost ")
                .append(b.lost()).append(" added ").append(b.added()).append("; e.g. ").append(b.example().replace("\n", "\\n")).append('\n'));
        System.out.println(out);
        assertTrue(newBreaks.isEmpty() && fixed.isEmpty(), "the known gaps are not what breaks (" + KNOWN_GAPS + "): " + newBreaks.size()
                + " new breaks, " + fixed.size() + " fixed (listed above)\n  new: " + String.join("\n  new: ", newBreaks) + "\n  fixed: "
                + String.join("\n  fixed: ", fixed));
    }

    /** What the document reader takes from a text, as readings: metric | value | subject (in simplified script). */
    static List<String> readings(String text, ProseExtractor.Context context) {
        List<String> out = new ArrayList<>();
        for (Extracted f : READER.read(DocumentText.plain(text), context).figures()) {
            out.add(f.metric() + " | " + (f.value() == null ? "blank" : f.value().stripTrailingZeros().toPlainString()) + " | "
                    + (f.subject() == null ? "-" : ScriptNormalizer.toSimplified(f.subject().name())));
        }
        return out;
    }

    /** The text the prose reader matches once the lines of a text are put back together. */
    private static String joined(String text) {
        String plain = DocumentText.plain(text).text();
        return ProseLines.join(plain, List.of(new ProseText.Span(0, plain.length()))).text();
    }

    /** The readings of one list that the other does not have (as many times as they are missing). */
    private static List<String> minus(List<String> from, List<String> other) {
        List<String> rest = new ArrayList<>(from);
        other.forEach(rest::remove);
        return rest;
    }

    private static Set<String> knownGaps() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String line : Files.readAllLines(KNOWN_GAPS, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                known.add(f[0] + "\t" + f[1] + "\t" + f[2]);
            }
        }
        return known;
    }

    /** The sentences of the dev documents that hold a gold prose figure: the gold's words widened to their sentence. */
    static List<GoldSentence> goldSentences() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldSentence> out = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> files = Files.list(DEV)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            JsonNode gold = json.readTree(goldFile.toFile());
            List<String> wheres = new ArrayList<>();
            gold.get("figures").forEach(f -> {
                if ("prose".equals(f.get("kind").asText())) {
                    wheres.add(f.get("where").asText());
                }
            });
            if (wheres.isEmpty()) {
                continue;
            }
            String id = gold.get("id").asText();
            String division = gold.get("division") == null || gold.get("division").isNull() ? null : gold.get("division").asText();
            ProseExtractor.Context context = new ProseExtractor.Context(gold.get("issuer").asText(), division,
                    "aggregate".equals(gold.get("scope").asText()), name -> Optional.empty(), gold.get("year").asInt());
            String text = DocumentText.read(Files.readAllBytes(documentOf(goldFile, id)), gold.get("mediaType").asText()).text();
            Set<String> seen = new LinkedHashSet<>();
            for (String where : wheres) {
                int at = text.indexOf(where);
                if (at >= 0) {
                    seen.add(sentenceAround(text, at, at + where.length()));
                }
            }
            seen.forEach(s -> out.add(new GoldSentence(id, s, context)));
        }
        return out;
    }

    /** The sentence a span stands in: from the end of the sentence or line before it to the end of its own sentence or line. */
    private static String sentenceAround(String text, int from, int to) {
        int start = from;
        while (start > 0 && "。！？!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = to;
        while (end < text.length() && "。！？!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (end < text.length() && text.charAt(end) != '\n') {
            end++;
        }
        return text.substring(start, end).strip();
    }

    private static Path documentOf(Path goldFile, String id) throws IOException {
        try (Stream<Path> siblings = Files.list(goldFile.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(id + ".") && !p.getFileName().toString().endsWith(".gold.json"))
                    .findFirst().orElseThrow();
        }
    }
}
