package org.disclosurestats.importing;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words of a number name what its metric counts. A report of a government's work counts many things beside
 * the information it disclosed, with the same verbs (发布, 公开, 受理): entries of a list, service matters, articles
 * sent to the press, visitors of a website, the items of another website. Read as information disclosed, each would be
 * a figure with a wrong meaning, so the information metrics refuse them and the figure stays unmapped with its sentence.
 */
final class CountedThing {

    private CountedThing() {
    }

    /** The metrics that count the government information the issuer disclosed itself (in all, by category, on its website). */
    private static final Set<String> INFORMATION = Set.of("pro.items", "pro.category_items", "pro.channel.website");

    /**
     * Things that are no government information, whatever verb publishes them: entries of a list (零跑腿清单), service
     * matters (政务服务事项), articles and what the press took of them (信息稿件, 被…采用), measures of a website's audience
     * (访问总量, 用户, 粉丝, 订阅, 点击量), the grounds of refusing a request (过程性信息, 国家秘密, 不掌握). Interpretations
     * are {@link #INTERPRETATION}.
     */
    private static final Pattern NOT_INFORMATION = Pattern.compile(
            "清单|服务事项|事项数|稿件|被[^,;:]{0,12}采用|访问|用户|粉丝|订阅|点击量|浏览量|过程性|国家秘密|商业秘密|个人隐私|内部事务|不掌握|信息不存在");

    /**
     * A website named by its own name (教育信息网, 定西党政网, 人民网) after the verb or preposition that introduces it: a site
     * other than the issuer's portal or disclosure site, whose news items are not the information the issuer disclosed.
     */
    private static final Pattern NAMED_SITE = Pattern.compile("(?:通过|在|于|利用|依托|借助|登载于|刊登于)([^,;:。、]{0,12}?网)(?![站页络上民友格点])");

    /** The names of the issuer's own sites (政府网, 政务网, 信息公开网, 门户网, 官网) and words that name no site (互联网). */
    private static final Pattern OWN_SITE = Pattern.compile("政府|政务|公开|门户|官网|互联|局域|内网|外网|专网|本网");

    /**
     * The metrics of matters that are disclosure work unless the number's own words name another matter: requests (申请 is
     * also a licence applied for), reconsiderations and lawsuits (a court's cases of every kind). A request not processed
     * as a petition (信访举报投诉类申请) is named by its matter, and is left to its own entry.
     */
    private static final Pattern REQUESTS_AND_APPEALS = Pattern.compile("lreq\\.|req\\.(?!not_processed)|lappeal\\.|appeal\\.");

    /** Words that name disclosure work in the number's own words (依申请公开事项, 政府信息公开申请). */
    private static final Pattern DISCLOSURE = Pattern.compile("公开|信息|条例");

    /** Other matters that a request or a case is of (行政许可申请, 信访件, 办事申请, 法院受理…): the number's own words name them. */
    private static final Pattern OTHER_MATTER = Pattern.compile("许可|审批|办事|信访|来访|低保|救助|补助|补贴|项目申报|落户|入学|法院|审判");

    /** Words that name a power list or approval items, whose departments power.departments counts. */
    private static final Pattern POWER_LIST = Pattern.compile("清单|权力|权责|职权|审批事项");

    /**
     * A category named by interpretation (解读政策性文件18条, 解读信息4条, 政策性文件图解58件): interpretations are counted by
     * their own metric, not as a category of the information disclosed. 政策解读, 文件及解读 as the name of a kind of
     * information (其中包括政策解读3条) stay categories: only 解读 opening the name (the verb, or the interpretations
     * themselves) and 图解 refuse.
     */
    private static final Pattern INTERPRETATION = Pattern.compile("(?:^|[、,:;(]|其中|发布|公开|公布)解读|图解");

    /** A label that says what another outlet took of the issuer's information (其中主站采用15条, 被采用12条). */
    private static final Pattern ADOPTED = Pattern.compile("采用$");

    /** What a number counts when its counted noun is a column of a website (共维护13个专栏, 开设栏目8个): places, not information. */
    private static final Pattern COLUMNS = Pattern.compile("^(?:专栏|子栏目|栏目)");

    /** Any channel named in the words before a number: the last one named is where the number was published. */
    private static final Pattern CHANNEL = Pattern.compile("网站|网|微博|微信|公众号|公开栏|公示栏|宣传栏|公报|新媒体|客户端|平台|媒体");

    /** Whether the metric is refused for the number's words: it counts disclosed information, and they name something else. */
    static boolean refuses(String metric, GoverningPhrase p) {
        if (REQUESTS_AND_APPEALS.matcher(metric).lookingAt()) {
            String own = p.local() + "\u0000" + p.after();
            return OTHER_MATTER.matcher(own).find() && !DISCLOSURE.matcher(own).find();
        }
        if (metric.equals("power.departments")) {
            // 共有12个部门开设了信息公开专栏: departments are counted for many things, a power list's only when it is named
            return !POWER_LIST.matcher(p.lead() + p.local() + "\u0000" + p.after() + p.tail()).find();
        }
        if (metric.startsWith("pro.channel.") && !INFORMATION.contains(metric)) {
            // the press and other channels publish information too; what they publish is no information for the same reasons,
            // and what another website published is not the issuer's (在定西党政网发布部门动态11条)
            return NOT_INFORMATION.matcher(p.local() + "\u0000" + p.after()).find() || onAnotherSite(p.lead() + p.local());
        }
        if (!INFORMATION.contains(metric)) {
            return false;
        }
        if (metric.equals("pro.category_items") && INTERPRETATION.matcher(p.local()).find()) {
            return true;
        }
        return NOT_INFORMATION.matcher(p.local() + "\u0000" + p.after()).find() || COLUMNS.matcher(p.after()).find()
                || onAnotherSite(p.lead() + p.local());
    }

    /** Whether a label of a part of a list of information names something that is no information (零跑腿清单1573条). */
    static boolean namesNoInformation(String metric, String label) {
        return INFORMATION.contains(metric) && label != null
                && (NOT_INFORMATION.matcher(label).find() || INTERPRETATION.matcher(label).find() || ADOPTED.matcher(label).find());
    }

    /** Whether the last channel the words name is a website other than the issuer's own (另通过教育信息网发布…). */
    static boolean onAnotherSite(String before) {
        Matcher site = NAMED_SITE.matcher(before);
        int at = -1;
        String name = null;
        while (site.find()) {
            at = site.end();
            name = site.group(1);
        }
        if (name == null || OWN_SITE.matcher(name).find()) {
            return false;
        }
        // a channel named after the site (…教育信息网…,在政府网站发布…) is where the number was published
        return !CHANNEL.matcher(before.substring(at)).find();
    }
}
