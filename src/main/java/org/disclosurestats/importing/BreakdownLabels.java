package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the category (breakdown) of a figure: the words between its governing verb and the number (公开重点领域信息
 * 302条), the counted noun after it (260个…建设项目环评信息), the label of an item of a list (其中：综合信息10494条), a
 * quoted name (“政务公开之窗”已刊登七期), or the topic of the paragraph's numbered heading when the words are
 * generic (各类信息). Generic words name no category.
 */
final class BreakdownLabels {

    private static final Pattern QUOTED = Pattern.compile("“([^”]{2,20})”");
    private static final Pattern TOPIC_NUMBERING = Pattern.compile(
            "^(?:[0-9]{1,2}[.、]|\\([一二三四五六七八九十]{1,2}\\)|[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}、|[㈠-㈩]).*");
    private static final Pattern TOPIC_NAMED = Pattern.compile("(?:开展|推进|做好|加强|深化|推动)(?<t>[^,;。“”]{2,12}?)(?:信息)?公开");

    private final ProseLexicon lexicon;
    private final Pattern level;

    BreakdownLabels(ProseLexicon lexicon) {
        this.lexicon = lexicon;
        this.level = Pattern.compile(lexicon.subjects().levelPhrase());
    }

    /** The topic a paragraph's numbered first sentence announces (“双随机、一公开”, 工程建设领域), or null. */
    static String topic(String firstSentence) {
        if (firstSentence == null || !TOPIC_NUMBERING.matcher(firstSentence).matches()) {
            return null;
        }
        Matcher quoted = QUOTED.matcher(firstSentence);
        if (quoted.find()) {
            return quoted.group(1);
        }
        Matcher named = TOPIC_NAMED.matcher(firstSentence);
        return named.find() ? named.group("t") : null;
    }

    boolean isGeneric(String label) {
        return label == null || label.isEmpty() || lexicon.genericLabels().contains(label);
    }

    /**
     * The category named by the words before a number: what follows the last governing term of the entry in its
     * local phrase; the counted noun after the number when nothing stands between verb and number. Empty when
     * there are no such words.
     */
    String governed(GoverningPhrase p, ProseLexicon.Entry e) {
        String local = p.local();
        String done = soleVerb(local, e);
        if (done != null) {
            return done;
        }
        int cut = 0;
        for (String verb : lexicon.lists().labelVerbs()) {
            int at = local.lastIndexOf(verb);
            if (at >= 0) {
                cut = Math.max(cut, at + verb.length());
            }
        }
        if (DISTRIBUTED.matcher(local.substring(cut).strip()).matches()) {
            return strip(local.substring(cut).strip());
        }
        Matcher named = VERB_IN_NAME.matcher(local);
        if (named.find()) {
            return named.group(); // 公开指南1条: the disclosure guide, not a 指南 published
        }
        String label = clean(local.substring(cut));
        if (CLASS_STUB.matcher(label).matches() && cut > 0 && local.strip().length() <= CLASS_NAME_LENGTH) {
            // 新闻发布类, 公开年报类: the verb is part of the name; not after a channel (我局通过官方网站发布政务类信息)
            label = local.strip().replaceAll("^[、,:“”()]+", "");
        }
        if (label.isEmpty() || lexicon.lists().labelStrip().contains(label) || label.endsWith("的")) {
            label = counted(p);
        }
        // a channel's name (其中政府网站2500条) is where the figure was published, no category of what it counts
        return label.length() > 24 || label.matches(".*[“”()、0-9].*") || CHANNEL.matcher(label).matches() ? "" : label;
    }

    /**
     * The verb a count stands right after, when it is the only strong verb of the entry in the clause (共取消63项、下放670项:
     * each count is named by what was done); only for entries whose objects may be blank (审批事项), whose verbs are kinds.
     */
    private static String soleVerb(String local, ProseLexicon.Entry e) {
        if (e.blankBreakdownIf().isEmpty()) {
            return null;
        }
        String end = local.strip().replaceFirst("^、", "");
        List<String> strong = e.before().entrySet().stream().filter(t -> t.getValue() >= 2 && end.contains(t.getKey())).map(java.util.Map.Entry::getKey).toList();
        return strong.size() == 1 && end.endsWith(strong.get(0)) ? strong.get(0) : null;
    }

    /** The documents every disclosure keeps, whose names hold the verb 公开 (政府信息公开指南, 公开目录, 公开年报). */
    private static final Pattern VERB_IN_NAME = Pattern.compile("(?:(?:政府)?信息)?公开(?:指南|目录|年报)$");

    /** The longest class name with a verb inside it (一、新闻发布类); longer words hold an actor or a channel before the verb. */
    private static final int CLASS_NAME_LENGTH = 8;

    /** What is left of a class's name (…类) when a verb inside it is taken for its governor: 类, 年报类. */
    private static final Pattern CLASS_STUB = Pattern.compile("^[\\u4e00-\\u9fff]{0,2}类(?:信息)?$");

    /** The counted noun after a number, up to the clause's end (5333项行政权力事项, 41项非行政许可审批事项转为政府内部审批). */
    String counted(GoverningPhrase p) {
        String after = p.after().replaceFirst("^\\((?:条|件|个|项|次)\\)", "");
        int stop = after.length();
        for (int i = 0; i < after.length(); i++) {
            if ("、,;:(".indexOf(after.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        String noun = after.substring(0, stop);
        Matcher head = NOUN_HEAD.matcher(noun);
        return clean(head.find() ? noun.substring(0, head.end() - 1) : noun);
    }

    /** A noun phrase ends at 的 when a head noun stands before it (35项便民服务事项的办事流程). */
    private static final Pattern NOUN_HEAD = Pattern.compile("(?:事项|信息|文件|项目|单位|部门|权限)的");

    /** What a figure counts, when written after it and before the words that govern it (5333项行政权力事项精简到…). */
    String noun(GoverningPhrase p, ProseLexicon.Entry e) {
        String noun = counted(p);
        if (e.tail() != null) {
            for (String t : e.tail().keySet()) {
                int at = noun.indexOf(t);
                noun = at >= 0 ? noun.substring(0, at) : noun;
            }
        }
        return isGeneric(noun) || e.blankBreakdownIf().contains(noun) ? "" : noun;
    }

    /**
     * The label of an item of a list: the words just before its number, back to the previous number or
     * delimiter (a 、 counts only right after the previous number: 机构设置、主要职能类信息45条 is one label).
     */
    String item(String m, int from, int at) {
        int start = at;
        while (start > from && ",;:()".indexOf(m.charAt(start - 1)) < 0 || start > from && m.charAt(start - 1) == ')' && bracketInName(m, from, start)) {
            start = m.charAt(start - 1) == ')' ? m.lastIndexOf('(', start - 1) : start - 1;
        }
        String raw = ENUMERATOR.matcher(m.substring(start, at).strip()).replaceFirst("").replaceFirst("^、", "").replaceFirst("^.*、$", "");
        raw = raw.replaceFirst(AMONG_THE_PUBLISHED, "");
        Matcher quoted = Pattern.compile("^“([^”]{2,20})”(?!.*类(?:信息)?$)").matcher(raw);
        if (quoted.find()) {
            return quoted.group(1);
        }
        String label = ENUMERATOR.matcher(raw.replaceFirst("^(?:" + String.join("|", lexicon.lists().openers()) + ")+", "")).replaceFirst("");
        if (DISTRIBUTED.matcher(label).matches()) {
            return strip(label);
        }
        label = strip(label).replaceFirst("(?:共有|计有|共计|共|计|达|为|有)$", "").replaceFirst("(?<=信息)(?:数|数量|总数|量)$", "").replaceFirst("(?<=.{2})(?:发布量|发布数|公开量)$", ""); // 机构职能类信息数1条
        label = label.replaceFirst("^(?:属于|属)(?=.{2})", ""); // 属于本单位业务类信息401条: the class, not the word that assigns it
        label = label.replaceFirst(SUMMED_PUBLISHING, "").replaceFirst(SITE_BEFORE_CATEGORY, "");
        String named = label.replaceFirst("(?<=..)发布$", "").replaceFirst("^新增(?=..)", ""); // 统计信息发布27条, 新增规范性文件8条: what was published
        // its numbering (1., ①, (一)) marks where its name starts, so the name may be long
        boolean numbered = ENUMERATOR.matcher(m.substring(start, at).strip()).find() || NUMBERED_BEFORE.matcher(m.substring(from, start)).find();
        if (named.length() < 2 || named.length() > (numbered ? 40 : longest(named)) || label.matches(".*[0-9].*") || isGeneric(label) || isGeneric(named)) {
            return null;
        }
        if (label.startsWith("通过") || label.startsWith("在") || CHANNEL.matcher(label).matches()) {
            return null; // 通过局网站公开198条, 政府网站3100条: a channel, not a category
        }
        for (String verb : lexicon.lists().labelVerbs()) {
            int v = label.lastIndexOf(verb);
            String object = v < 0 ? "" : label.substring(v + verb.length());
            boolean placeThenVerb = object.isEmpty() && v > 0 && "上中内".indexOf(label.charAt(v - 1)) >= 0;
            boolean channelThenVerb = v > 0 && CHANNEL.matcher(label.substring(0, v)).matches(); // 财政信息网公开…: where, not what
            if (v == 0 || placeThenVerb || channelThenVerb || v > 0 && !object.isEmpty() && isGeneric(object) && !topicThenVerb(label.substring(0, v), object)) {
                return null; // a clause with its own verb (政务新媒体公开信息, 揭示板上公开), not the name of an item
            }
        }
        return named;
    }

    /** Who may act: a unit, a place or a channel (各乡镇, 我局, 政务新媒体, 公开栏). */
    private static final Pattern ACTOR = Pattern.compile(".*(?:局|委|办|厅|处|部门|单位|乡|镇|街道|县|市|区|村|社区|中心|政府|机关|媒体|网站|网|平台|号|栏|屏|报|微博|微信)$");

    /**
     * Whether a verb with 信息 after a topic names a kind of information (重点领域公开信息, 建议提案办理信息: information
     * on the handling of proposals), not a clause whose actor publishes (政务新媒体公开信息, 各乡镇公开信息).
     */
    private static boolean topicThenVerb(String before, String object) {
        return object.equals("信息") && before.length() >= 2 && !ACTOR.matcher(before).matches();
    }

    /** A summing word and the publishing verb after a category's name (机构职能栏目共公开信息10条): no part of the name. */
    private static final String SUMMED_PUBLISHING = "(?<=.{2})(?:共|共计|合计|总共|累计)(?:公开|发布|公布)了?(?:各类)?(?:政府|政务)?信息$";

    /** The issuer's website named before a category (县政府门户网站概况类信息…): where it was published, no part of its name. */
    private static final String SITE_BEFORE_CATEGORY = "^[\\u4e00-\\u9fff]{0,8}?(?:门户网站|网站)(?=[\\u4e00-\\u9fff、和及]{2,40}(?:信息|类)$)";

    /** A bracketed number right before a label's start (the bracket ends the words scanned back): (一), (2). */
    private static final Pattern NUMBERED_BEFORE = Pattern.compile("\\([0-9一二三四五六七八九十]{1,2}\\)\\s*$");

    /** A list item's number or letter before its label: 1.组织机构5, (2)规章, ③, 一是. */
    private static final Pattern ENUMERATOR = Pattern.compile("^(?:[0-9]{1,2}[.、](?![0-9])|\\([0-9一二三四五六七八九十]{1,2}\\)|[①-⑳]|[一二三四五六七八九十]{1,2}是)");

    /** The phrase that says the items are among those published, when no comma ends it (在主动公开的信息中与公众…的信息有258条). */
    private static final String AMONG_THE_PUBLISHED = "^(?:在)?(?:主动)?公开的(?:政府|政务)?信息(?:中|里|当中)";

    /**
     * Whether the bracket that closes right before a label's end is part of the name (政务(工作)动态类的信息): it opens
     * after the list's start, holds no number and no delimiter, and words stand before it.
     */
    private static boolean bracketInName(String m, int from, int close) {
        int open = m.lastIndexOf('(', close - 1);
        return open > from && ",;:、".indexOf(m.charAt(open - 1)) < 0 && !m.substring(open, close).matches(".*[0-9,;:、].*");
    }

    /** How long a label may be: a name that ends in its head noun (…等信息, …类) may enumerate what it covers. */
    private static int longest(String label) {
        return label.endsWith("信息") || label.endsWith("类") ? 40 : 24;
    }

    /** The name of a channel of publication (政府网站, 政务微博, 微信公众号, 公开栏), which is no category of information. */
    private static final Pattern CHANNEL = Pattern.compile("^[\\u4e00-\\u9fff]{0,8}(?:网站|门户网|信息网|微博|微信|公众号|公开栏|公示栏|宣传栏|公报|客户端|头条号)$");

    /** The category of a figure next to one of the same metric: its item label, or its counted noun (22项审批事项、35项便民服务事项). */
    String sibling(String m, int from, GoverningPhrase p, int at) {
        String label = item(m, from, at);
        String between = m.substring(from, at).strip();
        boolean numberFirst = between.isEmpty() || between.endsWith("、") || between.matches("[、和及与]+");
        return label == null && numberFirst ? counted(p) : label;
    }

    /**
     * Several categories sharing one number (公共资金使用信息、机构调整和人员变动类信息各2条, 决策信息、人事信息均为0条): each has
     * it. 均/都 must close the list (人均, 平均 inside a name are no sharing word).
     */
    private static final Pattern DISTRIBUTED = Pattern.compile("([^,;:()0-9“”、]{2,30}(?:、[^,;:()0-9“”、]{2,30})+?)(?:各|(?<![人平])(?:均|都|皆)(?:为|是)?)");

    /** The categories a label names: each item of "A、B各" (or "A、B均为"), else the label itself. */
    static List<String> distributed(String label) {
        Matcher m = label == null ? null : DISTRIBUTED.matcher(label);
        if (m == null || !m.matches()) {
            return List.of(label == null ? "" : label);
        }
        return List.of(m.group(1).split("、"));
    }

    /**
     * The category a term names (人大代表建议), or none when another term as strong stands beside it: 人大代表建议、政协提案
     * 复文191件 counts both together.
     */
    static String term(ProseLexicon.Entry e, String term, GoverningPhrase p) {
        if (term == null) {
            return "";
        }
        double weight = e.before().getOrDefault(term, 0.0);
        boolean another = e.before().entrySet().stream().anyMatch(t -> t.getValue() >= weight && p.local().contains(t.getKey())
                && !t.getKey().contains(term) && !term.contains(t.getKey()));
        return another ? "" : term;
    }

    /** A quoted name just before the number (“政务公开之窗”已刊登七期), or null. */
    static String quoted(GoverningPhrase p) {
        Matcher q = QUOTED.matcher(p.local());
        String last = null;
        while (q.find()) {
            last = q.group(1);
        }
        return last;
    }

    /** One label per item of an "each" statement (维、汉文《政府公报》各24期: 维文版, 汉文版). */
    static List<String> each(GoverningPhrase p, ProseLexicon.Entry e) {
        List<String> out = new ArrayList<>();
        Matcher g = Pattern.compile(e.each()).matcher(p.local());
        if (g.find()) {
            for (String item : g.group("items").split("[、和及与,]")) {
                if (!item.isBlank()) {
                    out.add(e.eachLabel().replace("${item}", item.strip()));
                }
            }
        }
        return out.isEmpty() ? List.of("") : out; // 编发《政府公报》12期: one edition, no category
    }

    /** A label as a category: filler words, a 本级 phrase and what stands before 的 removed. */
    String clean(String raw) {
        String s = raw.strip().replaceAll("^(?:[、,:“”()]|了)+|[、,:“(]+$", "");
        s = level.matcher(s).replaceFirst("");
        int de = s.lastIndexOf('的');
        if (de >= 0 && de < s.length() - 1) {
            s = s.substring(de + 1);
        }
        s = strip(s).replaceFirst(SUMMED_PUBLISHING, "").replaceFirst("^(?:属于|属)(?=.{2})", "").replaceFirst("(?:共计|总计|合计|累计|已达|达到|共有|计有|共|计|达|为|已|各|有)$", "").replaceFirst("(?<=信息)(?:数|数量|总数|量)$", "").replaceFirst("(?<=.{2})(?:发布量|发布数|公开量)$", "").strip();
        // 当年各类政府信息: the year the information was published in is no part of its category
        s = s.replaceFirst("^(?:当年|本年度|本年|今年|年内|年度内|年度)(?=.{2})", "");
        // 各类信息及工作动态类信息: information of every kind, with one kind named beside it, names no category; nor does
        // the end of an enumeration closed by 等 (…财政预决算公开等信息, 疫情等相关信息): the kinds are several
        return s.matches("(?:各类|各项)?(?:政府|政务)?信息(?:及|和|与).*|.*等(?:相关|有关|方面)?(?:的)?(?:政府|政务)?信息") ? "信息" : s;
    }

    private String strip(String label) {
        String s = label.strip();
        if (VERB_IN_NAME.matcher(s).matches()) {
            return s;
        }
        boolean again = true;
        while (again) {
            again = false;
            for (String strip : lexicon.lists().labelStrip()) {
                if (s.startsWith(strip) && s.length() > strip.length() + 1) {
                    s = s.substring(strip.length());
                    again = true;
                }
            }
        }
        return s;
    }
}
