package org.disclosurestats.importing;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The part of the national template a paragraph stands in, decided from the report's headings. Since 2019 every
 * report opens with 总体情况 in the template's parts ((一)主动公开, (二)依申请公开, (三)政府信息管理, (四)平台建设,
 * (五)监督保障), and its numbered parts repeat some of them (三、收到和处理政府信息公开申请情况): a bare figure under
 * 依申请公开 is about requests. Headings are kept by level (一、 / (一) / 1.), so that a numbered sub-heading
 * (1.信息发布情况) does not hide the part it stands in: the deepest heading that names a part decides. The parts and
 * the words of their headings are data ({@code templateParts} of prose-lexicon.json, in order of precedence).
 */
final class TemplatePart {

    private static final Pattern TOP = Pattern.compile("^[一二三四五六七八九十]{1,2}、.*");
    private static final Pattern SECOND = Pattern.compile("^\\([一二三四五六七八九十]{1,2}\\).*");

    private final Map<String, List<String>> parts;
    private final String[] byLevel = {"", "", ""};

    TemplatePart(Map<String, List<String>> parts) {
        this.parts = parts == null ? Map.of() : parts;
    }

    /** A heading of the report (matching form): it replaces the heading of its level and closes the deeper ones. */
    void heading(String heading) {
        int level = TOP.matcher(heading).matches() ? 0 : SECOND.matcher(heading).matches() ? 1 : 2;
        byLevel[level] = partNamed(heading);
        for (int deeper = level + 1; deeper < byLevel.length; deeper++) {
            byLevel[deeper] = "";
        }
    }

    /** The template part the text stands in now ("" when no heading above names one). */
    String current() {
        for (int level = byLevel.length - 1; level >= 0; level--) {
            if (!byLevel[level].isEmpty()) {
                return byLevel[level];
            }
        }
        return "";
    }

    /** The first part (in the data's order) one of whose heading words the heading holds, else "". */
    private String partNamed(String heading) {
        for (Map.Entry<String, List<String>> part : parts.entrySet()) {
            if (part.getValue().stream().anyMatch(heading::contains)) {
                return part.getKey();
            }
        }
        return "";
    }
}
