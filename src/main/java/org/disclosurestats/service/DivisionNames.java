package org.disclosurestats.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Division;
import org.disclosurestats.repository.DivisionRepository;

/** Place names in documents resolved to division codes in a year: how an import tells whose report it reads. */
@ApplicationScoped
public class DivisionNames {

    @Inject
    DivisionRepository divisions;
    @Inject
    DivisionTree tree;

    /**
     * The division a place name denotes in a year. Names repeat (朝阳区 is in 北京 and in 长春), so a name is
     * taken only when one division fits: one named exactly so, or one whose ancestors are named before it
     * (北京市朝阳区) or, failing that, at the head of the document.
     */
    public Optional<String> divisionNamed(String place, Integer year, String text) {
        if (place == null || place.isBlank() || year == null) {
            return Optional.empty();
        }
        List<Division> candidates = new ArrayList<>();
        for (int start = 0; start < place.length() - 1; start++) {
            String tail = place.substring(start);
            String before = place.substring(0, start);
            divisions.matching(null, null, tail, year, 50).stream()
                    .filter(d -> d.name.equals(tail) && (before.isEmpty() || ancestorsNamed(d, year, before)))
                    .forEach(candidates::add);
            if (!candidates.isEmpty()) {
                break; // the longest name that fits wins: 朝阳区 in 北京市朝阳区, not 区
            }
        }
        List<String> codes = candidates.stream().map(d -> d.code).distinct().toList();
        if (codes.size() > 1 && text != null) {
            String head = text.substring(0, Math.min(text.length(), 300));
            codes = candidates.stream().filter(d -> ancestorsNamed(d, year, head)).map(d -> d.code).distinct().toList();
        }
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /** Whether the text names one of the division's ancestors (its full name or short alias). */
    private boolean ancestorsNamed(Division division, int year, String text) {
        for (Division d = tree.at(division.parentCode == null ? "" : division.parentCode, year).orElse(null); d != null;
             d = d.parentCode == null ? null : tree.at(d.parentCode, year).orElse(null)) {
            List<String> names = new ArrayList<>(aliases(d.name));
            names.add(d.name.replaceFirst("(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$", "")); // 新疆, 广西, 北京
            for (String alias : names) {
                if (alias.length() >= 2 && text.contains(alias)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A division below the issuer's whose name (or short name: 昌吉州 for 昌吉回族自治州) starts the given name. */
    public Optional<String> subDivision(String parent, Integer year, String name) {
        if (parent == null || name == null) {
            return Optional.empty();
        }
        for (Division d : divisions.matching(parent, null, null, year, 500)) {
            for (String alias : aliases(d.name)) {
                if (name.startsWith(alias)) {
                    return Optional.of(d.code);
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern AUTONOMOUS = Pattern.compile("^(.{2}?).*?自治(州|县|旗)$");

    static List<String> aliases(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        Matcher m = AUTONOMOUS.matcher(name);
        if (m.matches()) {
            out.add(m.group(1) + m.group(2));
        }
        String base = name.replaceFirst("(?:地区|市|盟|县|区|旗)$", "");
        if (base.length() >= 2 && !base.equals(name) && name.length() > 3) {
            out.add(base + "市");
        }
        return out;
    }
}
