package org.disclosurestats.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosurestats.importing.NumberReader.Mention;

/**
 * A count that opens the name of the figure after it: in 34个重点领域公开信息806条 the report published 806 items, and
 * 34 only says how many fields the name covers. Such a number is part of the next number's label, never a figure of
 * its own. Only a count of things (个, 项, 类) right before a name of information or documents and a count of items in
 * another unit (条, 件, 篇): a place or a column counted before a verb (设立查阅点3个接待…, 开设专栏5个发布…) stays a
 * figure, and so does a power list's classes (12类…清单2860项: both count 项-like entries of the list).
 */
final class LabelOpeningCount {

    private LabelOpeningCount() {
    }

    /** The words between the two numbers: a name of information ending in its head noun, with no verb opening it. */
    private static final Pattern NAME = Pattern.compile(
            "(?!发布|公开|公布|更新|推送|上传|录入|办理|受理|接待|设立|设置|开设|开通|共|合计|总计|累计|计|达|涉及|覆盖|包括|其中)"
                    + "[\\u4e00-\\u9fff]{2,20}(?:信息|文件|资料|动态|公告|公示|解读)");

    /** The mentions of a sentence without those that open the label of the number right after them. */
    static List<Mention> without(String m, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 1 < mentions.size(); i++) {
            Mention x = mentions.get(i);
            Mention next = mentions.get(i + 1);
            if (opens(x.unit(), next.unit()) && NAME.matcher(m.substring(x.end(), next.start())).matches()) {
                out.remove(x);
            }
        }
        return out;
    }

    private static boolean opens(String unit, String next) {
        return List.of("个", "项", "类").contains(unit) && List.of("条", "件", "篇").contains(next);
    }
}
