package org.disclosurestats.importing;

import java.util.regex.Pattern;

/**
 * A figure of what a body plans or aims to do (全年计划举办培训2期, 拟召开会议3次, 力争完成20件), or the least it demands
 * (每月公开不少于5条), says nothing of what the year did: it is no figure of the report. Only an intention followed by
 * the act it intends counts, so the nouns 计划 and 规划计划 (规划计划类信息8条, 规划计划和完成情况类信息8条, 计划总结类7条, 计划生育) stay counted things.
 */
final class PlannedFigures {

    private PlannedFigures() {
    }

    /** An intention, then at most a few words (never a list's 和/及/与/、: 规划计划和完成情况类 is a noun), then the act. */
    private static final Pattern INTENTION = Pattern.compile("(?:(?<!规划)计划|(?<![模草起虚])拟|预计|力争|争取|打算)(?:于|在|再|要|将)?"
            + "[^0-9，,。；;和及与、类]{0,4}?(?:举办|开展|召开|组织|完成|实现|新增|发布|公开|制定|出台|开通|培训|达到|办理)");

    /**
     * A minimum demanded right before the number, or before the verb and object that govern it (每月公开不少于5条, 至少更新2次,
     * 每季度至少更新信息3条): a target set, not a count of what was done.
     */
    private static final Pattern REQUIRED_MINIMUM = Pattern.compile("(?:不少于|不低于|不得少于|不应少于|至少|最少)[\\u4e00-\\u9fff]{0,6}$");

    /** Whether the words governing a number (its clause up to it) state an intention or a target rather than a fact. */
    static boolean planned(String governingWords) {
        return INTENTION.matcher(governingWords).find() || REQUIRED_MINIMUM.matcher(governingWords.strip()).find();
    }
}
