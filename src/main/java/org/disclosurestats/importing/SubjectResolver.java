package org.disclosurestats.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.importing.ProseText.Span;
import org.disclosurestats.domain.ReportSubmission.Subject;

/**
 * Decides whom a figure is about: the issuer (null), a part of its territory (各乡镇, 乌鲁木齐市, 区直、县直各单位) or
 * another unit (自治区人民政府办公厅, 政务服务中心). The actor is the phrase that starts a clause before the figure
 * ("自治区人民政府办公厅受理…"), "X本级" before it in an aggregate report, or the actor of an earlier sentence of
 * the paragraph, carried on.
 */
final class SubjectResolver {

    /** An actor phrase found at the start of a clause: the issuer itself (subject null) or another subject. */
    record Actor(Subject subject) {
    }

    private final ProseLexicon.Subjects words;
    private final ProseExtractor.Context context;
    private final Pattern actor;
    private final Pattern level;
    private final Pattern selfMarker;
    private final Pattern leadingStrip;
    private final List<String> issuerForms;

    SubjectResolver(ProseLexicon.Subjects words, ProseExtractor.Context context) {
        this.words = words;
        this.context = context;
        this.actor = Pattern.compile("^(?<s>[\\u4e00-\\u9fff、]{0,16}?(?:" + String.join("|", words.actorSuffixes()) + ")(?:\\((?:单位|部门)\\))?)(?=\\(含|"
                + String.join("|", words.actionWords()) + ")");
        this.level = Pattern.compile(words.levelPhrase());
        this.selfMarker = Pattern.compile("^(?:" + String.join("|", words.selfMarkers()) + ")");
        this.leadingStrip = Pattern.compile("^(?:" + String.join("|", words.strip()) + ")+");
        this.issuerForms = issuerForms(issuerName(context.issuerName()));
    }

    /** Whether the last subject came from an earlier sentence (a reviewer should look). */
    boolean carried;

    /** The subject of a figure at an offset of a sentence, given the actor carried from earlier sentences. */
    Subject at(String m, int at, Span sentence, Actor carriedActor) {
        carried = false;
        List<Span> clauses = ProseText.split(m, sentence.start(), sentence.end(), ProseText.CLAUSE_ENDS);
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Span clause = clauses.get(i);
            if (clause.start() > at) {
                continue;
            }
            Actor a = actorOf(m, clause);
            if (a != null) {
                return a.subject();
            }
            if (clause.end() >= at) {
                Matcher lv = level.matcher(m.substring(clause.start(), at));
                if (lv.find()) {
                    return context.aggregate() ? subject(lv.group()) : null;
                }
            }
        }
        if (carriedActor != null && carriedActor.subject() != null) {
            carried = true;
            return carriedActor.subject();
        }
        return null;
    }

    /**
     * The last actor phrase of a sentence, carried into the next sentences of its paragraph; null when none. Units that
     * share out a total in several counts after 其中 (其中县政府办收到2件,政府部门收到0件) are its parts: what follows
     * speaks of the whole again, so the actor before 其中 is carried.
     */
    Actor lastActor(String m, Span sentence) {
        Actor last = null;
        Actor beforeParts = null;
        int counted = 0;
        boolean inParts = false;
        for (Span clause : ProseText.split(m, sentence.start(), sentence.end(), ProseText.CLAUSE_ENDS)) {
            inParts = inParts || m.startsWith("其中", clause.start());
            counted += inParts && COUNTED.matcher(m.substring(clause.start(), clause.end())).find() ? 1 : 0;
            Actor a = actorOf(m, clause);
            beforeParts = a != null && !inParts ? a : beforeParts;
            last = a != null ? a : last;
        }
        return counted > 1 ? beforeParts : last;
    }

    private static final Pattern COUNTED = Pattern.compile("[0-9]");

    /** Whether the clause that holds an offset opens with the name of a unit other than the issuer (其中县直各单位公开…). */
    boolean opensClause(String m, Span sentence, int at) {
        for (Span clause : ProseText.split(m, sentence.start(), sentence.end(), ProseText.CLAUSE_ENDS)) {
            if (clause.start() <= at && at <= clause.end()) {
                Actor a = actorOf(m, clause);
                return a != null && a.subject() != null;
            }
        }
        return false;
    }

    /** The actor phrase starting a clause: null if none; an actor without subject when it names the issuer (全区, 我市…). */
    Actor actorOf(String m, Span clause) {
        String c = leadingStrip.matcher(m.substring(clause.start(), clause.end())).replaceFirst("");
        Matcher self = selfMarker.matcher(c);
        if (self.find()) {
            return partOfTerritory(c.substring(self.end())).orElse(new Actor(null));
        }
        Matcher a = actor.matcher(c);
        if (!a.find()) {
            Matcher sub = SUB_UNIT.matcher(c);
            return sub.find() ? new Actor(subject(sub.group())) : null;
        }
        String name = a.group("s");
        if (CHANNEL_LIST.matcher(c.substring(a.end())).lookingAt()) {
            return null; // 途径有:东河区人民政府门户网站、微信公众号…: where information is published, not who acts
        }
        if (name.length() < 2 || name.matches("^(?:本|该|此|在|各地|有的|个别|部分).*") || NOT_A_NAME.matcher(name).find()) {
            return null;
        }
        if (WHOLE.matcher(name).find() || isIssuerPlace(name) || !context.aggregate() && namesIssuer(name) || BARE.matcher(name).matches()) {
            return new Actor(null);
        }
        boolean otherUnit = words.otherUnits() != null && words.otherUnits().stream().anyMatch(name::contains);
        if (!otherUnit && name.matches(".*(?:市|州|县|区|旗|盟|地区)$") && context.subDivision().apply(name).isEmpty()) {
            return null; // a place word that is no division below the issuer
        }
        return new Actor(subject(name));
    }

    /** 全县各乡镇…, 全市各区县…: after the issuer's own name, a part of its territory or its other units speak. */
    private java.util.Optional<Actor> partOfTerritory(String rest) {
        Matcher a = actor.matcher(rest);
        if (!a.find() || words.otherUnits() == null) {
            return java.util.Optional.empty();
        }
        String name = a.group("s");
        if (WHOLE.matcher(name).find()) {
            return java.util.Optional.of(new Actor(null));
        }
        boolean part = (name.startsWith("各") || name.contains("直")) && words.otherUnits().stream().anyMatch(name::contains);
        return part ? java.util.Optional.of(new Actor(subject(name))) : java.util.Optional.empty();
    }

    /**
     * The units under the issuer, named as such before what they were given or set up (局属各基层单位配备兼职信息员6名,
     * 各乡镇配备…, 下属事业单位设立…): their figures are theirs, whatever verb follows.
     */
    private static final Pattern SUB_UNIT = Pattern.compile(
            "^(?:[\\u4e00-\\u9fff]{0,6}?(?:所属|下属|直属|局属|委属|厅属|办属)[\\u4e00-\\u9fff]{0,6}?|各[\\u4e00-\\u9fff]{0,4}?)(?:单位|部门|机构|站所|乡镇|街道)(?=配备|设立|设置|明确|确定|安排)");

    /**
     * A unit word with no name before it (部门网站发布…, 单位共受理…, 街道受理…): the issuer speaking of itself. 乡镇 and 各街道
     * stay the parts of a territory.
     */
    private static final Pattern BARE = Pattern.compile("部门|单位|机关|办公室|办公厅|局|委|厅|委员会|街道|镇|乡");

    /**
     * The issuer with all its departments, or all the parts of its territory with all the departments (区政府及各工作部门,
     * 全市各县区、各部门, 各乡镇和各单位): together they are the whole the report is on, so the figure is the issuer's.
     */
    private static final Pattern WHOLE = Pattern.compile(
            "(?:政府|机关|各(?:县市区|县区|区县|市县|乡镇|街道|县|区|乡|镇)|各级)(?:及其?|和|与|、)各(?:级|工作|职能|组成|有关)?(?:部门|单位)$");

    /** A unit's website at the head of a list of channels (门户网站、微信公众号、政务服务大厅等). */
    private static final Pattern CHANNEL_LIST = Pattern.compile("(?:门户网站|政府网站|网站)、");

    /** Words that make a phrase a clause rather than the name of a unit (三是通过…, 认真做好…, 公开渠道涵盖…). */
    private static final Pattern NOT_A_NAME = Pattern.compile("是|通过|做好|认真|积极|利用|探索|提供|向|按照|根据|围绕|进一步|加强|属于|涵盖|覆盖|包括|渠道");

    /** Whether a name is the issuer's own place, in full or by its last level (公明街道 for 深圳市光明区公明街道办事处). */
    private boolean isIssuerPlace(String name) {
        String place = issuerName(context.issuerName()).replaceFirst("(?:人民政府|政府|办事处|人民政府办公室)$", "");
        String last = place.replaceFirst("^.*(?:省|自治区|市|州|盟|区|县|旗)(?=.{2,})", "");
        // 太平镇人民政府 in the report of 施甸县太平镇人民政府: the issuer's last level named with its government is the issuer
        String government = name.replaceFirst("(?:人民政府|政府)$", "");
        return !place.isEmpty() && (name.equals(place) || name.equals(last) || government.length() < name.length() && government.equals(last));
    }

    /** Whether a name is the issuer's: its full or short name (市政府办公室 for 平度市人民政府办公室, 市科委), or its own level. */
    boolean namesIssuer(String name) {
        String n = name.replace("人民政府", "政府");
        return issuerForms.stream().anyMatch(f -> n.equals(f) || n.startsWith(f) && f.length() >= 3) || level.matcher(name).matches()
                || IssuerShortName.of(name, issuerName(context.issuerName()));
    }

    /** The issuer's name without a bracketed remark after it (抚州市统计局（城市名…推断）): the remark names no unit. */
    private static String issuerName(String given) {
        return given == null ? "" : given.replaceAll("[（(][^）)]*[）)]$", "").strip();
    }

    private static List<String> issuerForms(String issuerName) {
        String full = issuerName.replace("人民政府", "政府");
        // the last level before the unit's name: 区政府办公室 is 武汉市汉阳区人民政府办公室, 市政府 is not (a part needs two characters: 城市)
        Matcher place = Pattern.compile("^(?:.{1,8}?(省|自治区|市|州|县|区|旗|盟)(?=政府|[^市州县区旗盟]))(?:.{2,8}?(省|自治区|市|州|县|区|旗|盟)(?=政府|[^市州县区旗盟]))?").matcher(full);
        if (!place.find()) {
            return List.of(full);
        }
        String rest = full.substring(place.end());
        String placeName = full.substring(0, place.end());
        String level = place.group(2) != null ? place.group(2) : place.group(1);
        // 东河区卫生健康委员会 is 包头市东河区卫生健康委员会: its name without the level above its own place
        String ownPlaceOn = place.group(2) != null ? full.substring(place.end(1)) : full;
        return List.of(full, placeName, level + rest, level + "政府", ownPlaceOn);
    }

    Subject subject(String name) {
        return new Subject(name, context.subDivision().apply(name).orElse(context.divisionCode()));
    }
}
