package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.importing.Extraction.Confidence;

/**
 * The row labels of the legacy statistics table (政府信息公开情况统计表, 2008–2018, national template and local
 * variants) and the legacy metric each names. A label is compared after its numbering (一、 （一） 1. （1） ①),
 * 其中：, explanatory notes in brackets and a unit in brackets are removed. Three outcome rows read the same under
 * 行政复议 and 行政诉讼 (维持具体行政行为数, 被依法纠错数, 其他情形数): they take the appeal named last above them.
 */
final class LegacyRowLabels {

    private LegacyRowLabels() {
    }

    /** A label's metric, and the unit the label itself states (主动公开信息数（条）), if any. */
    record Match(String metric, Confidence confidence) {
    }

    private static final Map<String, String> ROWS = new LinkedHashMap<>();
    private static final Map<String, String[]> BY_APPEAL = new LinkedHashMap<>(); // label → {reconsideration, lawsuit}

    private static void rows(String metric, String... labels) {
        for (String label : labels) {
            ROWS.put(label, metric);
        }
    }

    static {
        rows("pro.items", "主动公开政府信息数", "主动公开信息数", "主动公开信息总数", "主动公开政府信息总数", "主动公开政府信息条数");
        rows("pro.items.normative_docs", "主动公开规范性文件数", "公开规范性文件数");
        rows("pro.normative_docs.issued_total", "制发规范性文件总数");
        rows("pro.channel.gazette", "政府公报公开政府信息数", "政府公报公开信息数");
        rows("pro.channel.website", "政府网站公开政府信息数", "政府网站公开信息数");
        rows("pro.channel.weibo", "政务微博公开政府信息数", "政务微博公开信息数");
        rows("pro.channel.wechat", "政务微信公开政府信息数", "政务微信公开信息数");
        rows("pro.channel.other", "其他方式公开政府信息数", "其他方式公开信息数");
        rows("resp.hotspots", "回应公众关注热点或重大舆情数");
        rows("resp.press_conferences", "参加或举办新闻发布会总次数");
        rows("resp.press_conferences.by_principal", "主要负责同志参加新闻发布会次数");
        rows("resp.online_interviews", "政府网站在线访谈次数");
        rows("resp.online_interviews.by_principal", "主要负责同志参加政府网站在线访谈次数");
        rows("resp.interpretations", "政策解读稿件发布数");
        rows("resp.weibo_wechat", "微博微信回应事件数");
        rows("resp.other", "其他方式回应事件数");
        rows("lreq.received", "收到申请数", "受理依申请公开信息总数", "受理依申请公开申请总数", "依申请公开信息总数", "受理申请总数",
                "收到依申请公开申请数", "依申请公开申请数");
        rows("lreq.received.in_person", "当面申请数");
        rows("lreq.received.fax", "传真申请数");
        rows("lreq.received.online", "网络申请数", "网上申请数");
        rows("lreq.received.letter", "信函申请数");
        rows("lreq.received.email", "电子邮件申请数");
        rows("lreq.received.other", "其他形式申请数", "其他形式申请");
        rows("lreq.closed", "申请办结数");
        rows("lreq.closed.on_time", "按时办结数");
        rows("lreq.closed.extended", "延期办结数");
        rows("lreq.answered", "申请答复数", "对申请的答复总数", "答复总数");
        rows("lreq.answered.already_public", "属于已主动公开范围数");
        rows("lreq.answered.granted", "同意公开答复数");
        rows("lreq.answered.partly_granted", "同意部分公开答复数");
        rows("lreq.answered.denied", "不同意公开答复数", "否决公开答复数");
        rows("lreq.answered.denied.state_secret", "涉及国家秘密");
        rows("lreq.answered.denied.commercial_secret", "涉及商业秘密");
        rows("lreq.answered.denied.privacy", "涉及个人隐私");
        rows("lreq.answered.denied.security_stability", "危及国家安全、公共安全、经济安全和社会稳定");
        rows("lreq.answered.denied.not_government_info", "不是《条例》所指政府信息", "不是条例所指政府信息");
        rows("lreq.answered.denied.other_legal", "法律法规规定的其他情形");
        rows("lreq.answered.not_this_agency", "不属于本行政机关公开数");
        rows("lreq.answered.not_exist", "申请信息不存在数");
        rows("lreq.answered.correction_requested", "告知作出更改补充数");
        rows("lreq.answered.other_channel", "告知通过其他途径办理数");
        rows("lappeal.review", "行政复议数量", "行政复议数", "因政府信息公开申请行政复议数量", "因政府信息公开申请行政复议数");
        rows("lappeal.suit", "行政诉讼数量", "行政诉讼数", "因政府信息公开申请提起行政诉讼数量", "因政府信息公开申请提起行政诉讼数");
        rows("lappeal.suit.upheld", "维持具体行政行为或者驳回原告诉讼请求数");
        rows("lappeal.complaint", "行政申诉数", "行政申诉数量", "因政府信息公开提出行政申诉数量", "申诉数");
        rows("complaints.reports", "举报投诉数量", "举报投诉数");
        rows("fee.request_fees", "依申请公开信息收取的费用", "依申请公开收取的费用", "收取费用");
        rows("cap.offices", "政府信息公开工作专门机构数");
        rows("cap.inspection_points", "设置政府信息公开查阅点数");
        rows("cap.staff", "从事政府信息公开工作人员数");
        rows("cap.staff.full_time", "专职人员数");
        rows("cap.staff.part_time", "兼职人员数");
        rows("cap.budget", "政府信息公开专项经费");
        rows("cap.meetings", "召开政府信息公开工作会议或专题会议数");
        rows("cap.training_sessions", "举办各类培训班数");
        rows("cap.trainees", "接受培训人员数");
        BY_APPEAL.put("维持具体行政行为数", new String[] {"lappeal.review.upheld", "lappeal.suit.upheld"});
        BY_APPEAL.put("被依法纠错数", new String[] {"lappeal.review.corrected", "lappeal.suit.corrected"});
        BY_APPEAL.put("其他情形数", new String[] {"lappeal.review.other", "lappeal.suit.other"});
    }

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,2}[、.]|（[一二三四五六七八九十0-9]{1,2}）|[0-9]{1,2}[.、]|[①②③④⑤⑥⑦⑧⑨⑩])");
    private static final Pattern BRACKET_AT_END = Pattern.compile("（([^（）]*)）$");
    private static final Pattern SUCH_AS = Pattern.compile("^其中:?");

    /** The words that name a row: numbering, 其中：, notes and a unit in brackets removed. */
    static String ownText(String label) {
        String s = LabelMatcher.normalize(label);
        String previous;
        do {
            previous = s;
            s = NUMBERING.matcher(s).replaceFirst("");
            s = SUCH_AS.matcher(s).replaceFirst("");
            s = BRACKET_AT_END.matcher(s).replaceFirst("");
        } while (!s.equals(previous) && !s.isEmpty());
        return s;
    }

    /** The unit a label writes in brackets at its end (受理申请数（件）), or null. */
    static String unitInLabel(String label) {
        Matcher m = BRACKET_AT_END.matcher(LabelMatcher.normalize(label).replaceAll("单位:", ""));
        if (m.find()) {
            String inner = m.group(1);
            return NumberReader.UNITS.contains(inner) ? NumberReader.canonicalUnit(inner) : null;
        }
        return null;
    }

    /** Which appeal a label opens, if it names one: 行政复议 → 0, 行政诉讼 → 1. */
    static Optional<Integer> appealNamed(String label) {
        String n = ownText(label);
        if (n.contains("行政复议") || n.equals("复议")) {
            return Optional.of(0);
        }
        if (n.contains("行政诉讼") || n.equals("诉讼")) {
            return Optional.of(1);
        }
        return Optional.empty();
    }

    /** The legacy metric a row label names; {@code appeal} is the appeal named last above the row (or null). */
    static Optional<Match> match(String label, Integer appeal) {
        String own = ownText(label);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        String metric = ROWS.get(own);
        if (metric != null) {
            return Optional.of(new Match(metric, Confidence.HIGH));
        }
        String[] byAppeal = BY_APPEAL.get(own);
        if (byAppeal != null) {
            return appeal == null ? Optional.empty() : Optional.of(new Match(byAppeal[appeal], Confidence.HIGH));
        }
        List<String> partial = new ArrayList<>();
        for (Map.Entry<String, String> e : ROWS.entrySet()) {
            if (e.getKey().length() >= 5 && own.endsWith(e.getKey()) && !partial.contains(e.getValue())) {
                partial.add(e.getValue());
            }
        }
        // words before a known label (全市, 本机关): only when they name exactly one row
        return partial.size() == 1 ? Optional.of(new Match(partial.get(0), Confidence.LOW)) : Optional.empty();
    }
}
