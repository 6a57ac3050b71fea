package org.disclosurestats.importing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrasings that map a figure in prose to a metric, kept as data in
 * {@code src/main/resources/importing/prose-patterns.json} beside the metric catalogue: adding a phrasing is a
 * change of that file (with the example it must read, which PatternCatalogueTest checks), not new code.
 *
 * <p>A pattern is a regular expression over a sentence in simplified, half-width form, in which
 * {@code <<n:条|件>>} stands for a number written with one of those units (近/约/余/多/万/亿 and Chinese
 * numerals included) and captures it as group {@code n}. Each figure of a pattern names the group that holds
 * its number (or a group holding a zero phrase such as 未收到), its metric, and optionally a breakdown
 * (literal, or {@code ${group}}, or {@code ${topic}}: the topic of the paragraph's numbered heading), a
 * condition ({@code when}: a group that must have matched) and {@code follows}: a ratio that belongs to the
 * figure just before it in the sentence (办结率 after 来电, 占…% after a category).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PatternCatalogue(
        int version,
        Subjects subjects,
        Lists lists,
        List<String> genericLabels,
        List<ProsePattern> patterns) {

    public static final String RESOURCE = "importing/prose-patterns.json";

    /** How the unit a figure is about is found: an actor phrase at the start of a clause, or "X本级". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Subjects(List<String> actorSuffixes, List<String> actionWords, List<String> selfMarkers, String levelPhrase,
                           List<String> strip) {
    }

    /** "其中…" lists: the metric of the items under a parent figure, and metrics whose siblings follow them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lists(List<String> openers, Map<String, String> children, List<String> siblings, List<String> labelStrip,
                        List<String> labelVerbs) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProsePattern(String id, String match, List<FigureSpec> figures, List<Example> examples) {
    }

    /**
     * One figure a pattern yields. {@code number}: the group of the number; {@code zero}: the group of a phrase
     * stating zero. {@code each}: a group listing several categories (维、汉) that share the number.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FigureSpec(String number, String zero, String metric, String breakdown, String when, Map<String, String> follows,
                             Boolean inherit, String each, List<String> blankBreakdownIf) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Example(String text, List<Expected> expect) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Expected(String metric, BigDecimal value, String breakdown, String subject) {
    }

    /** A pattern ready to run: its expression compiled with the number placeholders expanded. */
    public record Compiled(ProsePattern source, Pattern regex) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("<<([a-zA-Z][a-zA-Z0-9]*):([^>]+)>>");
    /** The number of a placeholder: as NumberReader.NUMBER, without its named groups. */
    static final String NUMBER = "(?:近|约|大约|将近|逾|超过)?(?:[0-9][0-9,]*(?:\\.[0-9]+)?|[〇零一二两三四五六七八九十百千]+)(?:余|多)?(?:万|亿)?(?:余|多)?";

    /** Expands {@code <<name:units>>} into a named group matching a number written with one of the units. */
    static String expand(String match) {
        Matcher m = PLACEHOLDER.matcher(match);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String units = m.group(2).replace("%", "%");
            String group = "(?<" + m.group(1) + ">" + NUMBER + "\\s?(?:" + units + ")(?:\\((?:条|件|个|项|次)\\))?(?:左右)?)";
            m.appendReplacement(out, Matcher.quoteReplacement(group));
        }
        m.appendTail(out);
        return out.toString();
    }

    public List<Compiled> compiled() {
        List<Compiled> out = new ArrayList<>();
        for (ProsePattern p : patterns) {
            try {
                out.add(new Compiled(p, Pattern.compile(expand(p.match()))));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalStateException("prose pattern " + p.id() + " does not compile: " + e.getDescription(), e);
            }
        }
        return out;
    }

    public static PatternCatalogue load(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return json.readValue(in, PatternCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
