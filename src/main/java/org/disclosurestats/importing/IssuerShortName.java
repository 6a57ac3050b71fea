package org.disclosurestats.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a name is the usual short form of the issuer's: the issuer's place (or only its level) kept, then the first
 * character of its name (or of its second word, when the name is long: 县药监局 for …县食品药品监督管理局) and some of the
 * following ones in their order, closed by the unit word's first character (市科委 and 上海市科委 for 上海市科学技术委员会,
 * 省发改委 for …省发展和改革委员会, 县卫健局 for …县卫生健康局). A report
 * calls itself so; read as another unit, every figure it states of itself would be another unit's.
 */
final class IssuerShortName {

    private IssuerShortName() {
    }

    /** The unit word that closes an issuer's name; its first character closes the short form. */
    private static final Pattern UNIT = Pattern.compile("(委员会|办公室|办公厅|局|厅|委|办|处|中心)$");

    /** The issuer's place: its levels up to the last one before the name of the unit (杭州市, not 杭州 of it). */
    private static final Pattern PLACE = Pattern.compile("^(?:.{1,8}?(?:省|自治区|市|州|盟|县|区|旗)(?![市州县区旗盟]))+");

    /** Whether a name is a short form of the issuer's name (never the full name itself, which is matched elsewhere). */
    static boolean of(String name, String issuer) {
        Matcher place = PLACE.matcher(issuer);
        Matcher unit = UNIT.matcher(issuer);
        if (!place.find() || !unit.find() || unit.start() <= place.end()) {
            return false;
        }
        String placeName = issuer.substring(0, place.end());
        String level = placeName.substring(placeName.length() - 1);
        for (String prefix : List.of(placeName, level)) {
            if (name.startsWith(prefix) && shortens(name.substring(prefix.length()), issuer.substring(place.end()), unit.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The short form keeps the name's first character and the unit's, and only characters of the name in order between. */
    private static boolean shortens(String shortName, String fullName, String unit) {
        if (shortName.length() < 2 || shortName.length() >= fullName.length() || shortName.charAt(shortName.length() - 1) != unit.charAt(0)) {
            return false;
        }
        String body = fullName.substring(0, fullName.length() - unit.length());
        // 药监局 for 食品药品监督管理局: a short form may drop the first word of a long name, never start in its second half
        int first = body.indexOf(shortName.charAt(0));
        if (first < 0 || first > 0 && (body.length() < 6 || first >= body.length() / 2)) {
            return false;
        }
        int at = 0;
        for (char c : shortName.substring(0, shortName.length() - 1).toCharArray()) {
            at = body.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }
}
