package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.importing.NumberReader.Mention;
import org.disclosurestats.importing.ProseText.Span;

/**
 * The items of a list of parts that drop the unit the list counts in: after 主动公开政府信息496条,其中 a report may go on
 * 1.组织机构5;2.规章100, or end a list of …类信息0条 with 其他信息3. Such a bare number is read in the unit of the count
 * before it, and only ever as a part of a list (the caller drops it otherwise): a number without a unit anywhere else
 * (years, document numbers) is no figure.
 */
final class ElidedUnits {

    private ElidedUnits() {
    }


    /** A number right after the words of a label and right before the end of its item; not an ordinal, date or address. */
    private static final Pattern BARE = Pattern.compile("(?<=[\\u4e00-\\u9fff])(?<![第年月日号至到约近为])(?:0|[1-9][0-9]{0,5})(?=[;,、)]|。|$)");

    /** The mentions of a sentence with its unit-less list items added; {@code elided} receives their starts. */
    static List<Mention> added(String text, String m, Span sentence, List<Mention> mentions, List<String> openers, List<String> leadOpeners, Set<Integer> elided) {
        String s = m.substring(sentence.start(), sentence.end());
        boolean listed = leadOpeners.stream().anyMatch(s::startsWith) || openers.stream().anyMatch(s::contains);
        if (!listed || mentions.stream().noneMatch(x -> Units.countsItems(x.unit()))) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions);
        Matcher bare = BARE.matcher(s);
        while (bare.find()) {
            int at = sentence.start() + bare.start();
            Mention before = mentions.stream().filter(x -> x.end() <= at).reduce((a, b) -> b).orElse(null);
            boolean inside = mentions.stream().anyMatch(x -> x.start() <= at && at < x.end());
            if (before == null || inside || !Units.countsItems(before.unit())) {
                continue;
            }
            String written = text.substring(at, sentence.start() + bare.end());
            out.add(new Mention(at, sentence.start() + bare.end(), new NumberReader.Reading(NumberReader.parseNumber(written), Qualifier.EXACT,
                    before.unit(), false, written)));
            elided.add(at);
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
