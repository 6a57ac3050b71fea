package org.disclosurestats.domain;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/** Traditional and simplified characters name the same things (信息公開 = 信息公开): match in simplified. */
public final class ScriptNormalizer {

    private ScriptNormalizer() {
    }

    public static String toSimplified(String text) {
        return text == null || text.isEmpty() ? text : ZhConverterUtil.toSimple(text);
    }
}
