package org.disclosurestats.importing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.importing.ProseText.Span;

/**
 * Whether a number states a figure of the year the report is on. Reports set their figures beside others that are
 * not: a change against another year (比上年增加200条, 同比下降10%), the other year's figure itself (比去年的25件,
 * 上年度受理申请25件, a clause that opens with another year in a sentence that names the year reported on too), and a running total since an earlier year
 * (自2008年以来累计…). Each of these read as the year's figure would be invented, so they stay unmapped.
 */
final class StatedPeriod {

    private StatedPeriod() {
    }

    /** What period a number speaks of. */
    enum Kind {
        YEAR(null),
        CHANGE("a change against another year, not the year's figure"),
        OTHER_YEAR("a figure of another year than the one reported on"),
        HISTORY("a running total since an earlier year, not the year's figure"),
        WITH_CARRIED_OVER("requests of the year counted with those carried over from the year before, not the year's new ones");

        final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        /** Why a number of this period is no figure of the metric decided for it (null: it is; decided may be null). */
        String refusal(ProseLexicon.Entry decided) {
            boolean history = this == HISTORY && (decided == null || !countsHistory(decided.before()));
            boolean newRequests = this == WITH_CARRIED_OVER && decided != null && NEW_REQUESTS.contains(decided.metric());
            return this == CHANGE || this == OTHER_YEAR || history || newRequests ? reason : null;
        }
    }

    /** A comparison with another year or period: its words before a number make the number a change or the other year's. */
    private static final Pattern COMPARISON = Pattern.compile(
            "同比|环比|相比|相较|较之|(?:比|较|与|和|同|跟|对比)(?:上年|去年|前年|上一年|往年|以往|上个?年度|上期|同期|[0-9]{4}年)");

    /** A verb of change right before the number (增加200条, 增长了19.3%, 减少5件). */
    private static final Pattern CHANGE_VERB = Pattern.compile(
            "(?:增加|增长|减少|下降|上升|提高|降低|提升|增多|减少|回落|递增|递减|多出|少了|增|减|多|少)了?(?:约|近|逾|超过)?$");

    /** Words naming the year before the one reported on, unless what it passed on to this year (上年度结转申请0件). */
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("(?:上个?年度|上一年度|上一年|上年|去年|前年)(?!度|结转|转结|转入|遗留|未办结|未结|跨年)");

    /** A year opening a clause (2014年,…; 其中2014年…), unless it is a date inside the year or a span up to now. */
    private static final Pattern OPENING_YEAR = Pattern.compile("^(?:其中|另外|此外|同时|而|在)?([0-9]{4})(?:年|年度)(?![0-9]{1,2}月[0-9]{1,2}日至|以来|至今)");

    /**
     * A total whose parts are years (累计公开8600条,其中2014年1200条; 总数207条,其中2003年至2012年168条): it spans more
     * than the year reported on. A date inside the year (其中2014年3月…) is no such part.
     */
    private static final Pattern PARTS_BY_YEAR = Pattern.compile("^[^。;]{0,30}?其中[,:]?[0-9]{4}(?:年|年度)(?![0-9]{1,2}月)");

    /** A count followed by a bracket that says it holds the requests carried over (41件(含上年度结转1件)). */
    private static final Pattern CARRIED_OVER_INSIDE = Pattern.compile(
            "^[^,;:。(]{1,10}?\\((?:其中)?(?:含|包含|包括)(?:上个?年度|上一年度?|上年|去年)[^)]{0,8}?(?:结转|转结|转入|遗留)");

    /** The metrics that count only the requests received in the year. */
    private static final java.util.Set<String> NEW_REQUESTS = java.util.Set.of("lreq.received", "req.new.total");

    /** Words of a running total since an earlier time. */
    private static final Pattern SINCE = Pattern.compile("以来|至今|迄今|历年|有史以来");

    /**
     * A running total as of a date (截至2021年12月31日,累计主动公开…): 截至 alone dates the year's figure (截止2018年12月底,我乡
     * 主动公开…), 累计 alone may sum the year (全年累计, 2014年…累计公开), but a date "as of" with 累计 after it counts since the
     * beginning. So does a bracket that opens with 累计 right after a figure of the year (公开政府文件23件(累计公开184件)).
     */
    private static final Pattern AS_OF_ACCUMULATED = Pattern.compile("(?:截至|截止)[^。;]{0,40}?(?<!全年|本年|今年|年度)累计|\\((?:其中)?累计[^)]{0,12}$");

    /** Terms of a metric that counts a running total itself (累计…已达, 历年): such a metric may be read after 以来. */
    private static boolean countsHistory(Map<String, Double> before) {
        return before != null && before.keySet().stream().anyMatch(t -> SINCE.matcher(t).find());
    }

    /**
     * The period of the number at {@code at}: {@code local} are its own words (since the previous number in its clause),
     * {@code lead} the sentence's words before them, {@code year} the year reported on (null: unknown).
     */
    static Kind of(String m, Span sentence, int at, String lead, String local, Integer year) {
        String before = lead + local;
        if (COMPARISON.matcher(local).find() || CHANGE_VERB.matcher(local).find() && COMPARISON.matcher(before).find()) {
            return Kind.CHANGE;
        }
        if (PREVIOUS_YEAR.matcher(local).find()) {
            return Kind.OTHER_YEAR;
        }
        Integer opening = openingYear(m, sentence, at);
        if (year != null && opening != null && !opening.equals(year) && m.substring(sentence.start(), sentence.end()).contains(year + "年")) {
            return Kind.OTHER_YEAR;
        }
        if (CARRIED_OVER_INSIDE.matcher(m.substring(at, Math.min(sentence.end(), at + 40))).find()) {
            return Kind.WITH_CARRIED_OVER;
        }
        if (PARTS_BY_YEAR.matcher(m.substring(at, sentence.end())).find()) {
            return Kind.HISTORY;
        }
        if (AS_OF_ACCUMULATED.matcher(before).find()) {
            return Kind.HISTORY;
        }
        Matcher since = SINCE.matcher(before);
        if (since.find() && !sinceTheYear(before.substring(0, since.start()), year)) {
            return Kind.HISTORY;
        }
        return Kind.YEAR;
    }

    /** 今年以来, 年初以来, 2015年以来 in a report on 2015: the span is the year itself. */
    private static boolean sinceTheYear(String beforeSince, Integer year) {
        if (beforeSince.endsWith("今年") || beforeSince.endsWith("年初") || beforeSince.endsWith("本年") || beforeSince.endsWith("年度")) {
            return true;
        }
        Matcher y = Pattern.compile("([0-9]{4})年[^0-9]{0,12}$").matcher(beforeSince);
        return year != null && y.find() && Integer.parseInt(y.group(1)) == year;
    }

    /** The year that opens the number's clause, else the one that opens its sentence; null when neither opens with one. */
    private static Integer openingYear(String m, Span sentence, int at) {
        Integer sentenceYear = null;
        boolean first = true;
        for (Span clause : ProseText.split(m, sentence.start(), sentence.end(), ProseText.CLAUSE_ENDS)) {
            if (clause.start() > at) {
                break;
            }
            Matcher y = OPENING_YEAR.matcher(m.substring(clause.start(), clause.end()));
            Integer found = y.find() ? Integer.valueOf(y.group(1)) : null;
            if (first) {
                sentenceYear = found;
                first = false;
            }
            if (clause.end() >= at) {
                return found != null ? found : sentenceYear;
            }
            if (found != null) {
                sentenceYear = found; // a later clause that names its year speaks for the clauses after it
            }
        }
        return sentenceYear;
    }
}
