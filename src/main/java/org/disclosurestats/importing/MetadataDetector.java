package org.disclosurestats.importing;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.domain.ScriptNormalizer;

/**
 * What a report says about itself: the year and issuer from its title ("合肥市人民政府2012年政府信息公开工作年度报告"),
 * the scope from how it was compiled ("由…汇总…编制而成" is aggregate; "本报告内容主要为…机关" is self), the
 * division from the issuer's place name. Parameters of the request override whatever is detected.
 */
public final class MetadataDetector {

    private MetadataDetector() {
    }

    /** One detected field: its value and where it came from (parameter, title, text, issuer name, default). */
    public record Field<T>(T value, String source, String evidence) {

        static <T> Field<T> missing() {
            return new Field<>(null, "missing", null);
        }
    }

    public record Metadata(Field<String> issuerName, Field<IssuerKind> issuerKind, Field<String> division, Field<Integer> year,
                           Field<Scope> scope, Field<String> title) {
    }

    /** What the request states; null fields are detected. */
    public record Given(String issuerName, IssuerKind issuerKind, String division, Integer year, Scope scope, String title) {
    }

    private static final Pattern TITLE = Pattern.compile("^(?<issuer>[\\u4e00-\\u9fff（）()]{2,40}?)?(?<year>(?:19|20)[0-9]{2})年(?:度)?[^\\n]{0,20}?(?:政府信息公开|政务公开|信息公开)[^\\n]{0,10}?报告");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<year>(?:19|20)[0-9]{2})年(?:度)?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告"
            + "|统计期限(?:为|自)?(?<year2>(?:19|20)[0-9]{2})年1月1日");
    private static final Pattern AGGREGATE = Pattern.compile("(?:汇总|综合)[^。\\n]{0,60}?(?:编制而成|编制|形成本报告|形成)|梳理和汇总|由[^。\\n]{0,30}?(?:汇总|综合)");
    private static final Pattern SELF = Pattern.compile("本报告(?:内容)?主要为[^。\\n]{0,30}?(?:机关|本级)|本(?:机关|单位|部门)[^。\\n]{0,6}?年度政府信息公开");

    public static Metadata detect(DocumentText doc, Given given, BiFunction<String, Integer, Optional<String>> divisionByName) {
        String title = doc.title() == null ? null : ScriptNormalizer.toSimplified(doc.title().strip());
        String text = ScriptNormalizer.toSimplified(doc.text().length() > 4000 ? doc.text().substring(0, 4000) : doc.text());
        Matcher t = title == null ? null : TITLE.matcher(title);
        boolean titled = t != null && t.find();

        Field<Integer> year;
        if (given.year() != null) {
            year = new Field<>(given.year(), "parameter", null);
        } else if (titled) {
            year = new Field<>(Integer.valueOf(t.group("year")), "title", title);
        } else {
            Matcher y = YEAR_IN_TEXT.matcher(text);
            year = y.find() ? new Field<>(Integer.valueOf(y.group("year") != null ? y.group("year") : y.group("year2")), "text", y.group())
                    : Field.missing();
        }

        Field<String> issuer;
        if (given.issuerName() != null) {
            issuer = new Field<>(given.issuerName(), "parameter", null);
        } else if (titled && t.group("issuer") != null) {
            issuer = new Field<>(t.group("issuer"), "title", title);
        } else {
            issuer = Field.missing();
        }

        Field<IssuerKind> kind;
        if (given.issuerKind() != null) {
            kind = new Field<>(given.issuerKind(), "parameter", null);
        } else if (issuer.value() != null) {
            kind = new Field<>(kindOf(issuer.value()), "issuer name", issuer.value());
        } else {
            kind = Field.missing();
        }

        Field<String> division;
        if (given.division() != null) {
            division = new Field<>(given.division(), "parameter", null);
        } else if (issuer.value() != null && year.value() != null) {
            division = divisionByName.apply(place(issuer.value()), year.value())
                    .map(code -> new Field<>(code, "issuer name", place(issuer.value()))).orElse(Field.missing());
        } else {
            division = Field.missing();
        }

        Field<Scope> scope;
        String whole = ScriptNormalizer.toSimplified(doc.text());
        Matcher agg = AGGREGATE.matcher(whole);
        Matcher self = SELF.matcher(whole);
        if (given.scope() != null) {
            scope = new Field<>(given.scope(), "parameter", null);
        } else if (self.find()) {
            scope = new Field<>(Scope.SELF, "text", self.group());
        } else if (agg.find()) {
            scope = new Field<>(Scope.AGGREGATE, "text", agg.group());
        } else {
            scope = Field.missing();
        }

        Field<String> titleField;
        if (given.title() != null) {
            titleField = new Field<>(given.title(), "parameter", null);
        } else if (doc.title() != null && titled) {
            titleField = new Field<>(doc.title().strip(), "document", null);
        } else if (issuer.value() != null && year.value() != null) {
            titleField = new Field<>(issuer.value() + year.value() + "年政府信息公开工作年度报告", "composed", null);
        } else {
            titleField = Field.missing();
        }
        return new Metadata(issuer, kind, division, year, scope, titleField);
    }

    /** The place an issuer is named after: 合肥市人民政府 → 合肥市, 乌鲁木齐市人民政府办公厅 → 乌鲁木齐市. */
    static String place(String issuer) {
        return issuer.replaceFirst("(?:人民政府|政府).*$", "").replaceFirst("(?:办公厅|办公室).*$", "");
    }

    static IssuerKind kindOf(String issuer) {
        if (issuer.matches(".*(?:开发区|高新区|新区|园区|试验区)(?:管委会|管理委员会)?.*") && !issuer.endsWith("人民政府")) {
            return IssuerKind.ZONE;
        }
        if (issuer.endsWith("办公厅") || issuer.endsWith("办公室")) {
            return IssuerKind.OFFICE;
        }
        if (issuer.endsWith("人民政府") || issuer.endsWith("政府")) {
            return IssuerKind.GOVERNMENT;
        }
        return IssuerKind.DEPARTMENT;
    }
}
