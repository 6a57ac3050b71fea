package org.disclosurestats.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;

/**
 * Which code took over from which, inferred from the code list: GB/T 2260 says when a code ends and another starts, not
 * that one replaced the other. A code whose last period ends in year Y is succeeded by a new code of the same level,
 * province and parent (or the parent's successor) whose first period starts in Y or Y+1 and whose name has the same stem
 * (吐鲁番地区 652100 → 吐鲁番市 650400, 鄯善县 652122 → 650421); failing a name, by the only such code when it is also the
 * only one ending there (吐鲁番市 652101 → 高昌区 650402). Ambiguous cases stay without a successor, and so do the
 * counties of an abolished prefecture (莱芜市 371200's 钢城区 371203 → 济南's 370117): their parent has no successor.
 *
 * The list keeps both codes valid in a year of change (both 2015 for 吐鲁番); a roll-up counts the old code as its
 * successor in such a year, so that a report filed under either code is counted once, in one division.
 */
final class Successions {

    private static final Pattern SUFFIX = Pattern.compile("(地区|自治州|自治县|自治旗|林区|特区|盟|市|县|区|旗)$");

    private final Map<String, Division> successorOf = new HashMap<>();
    private final Map<String, Division> predecessorOf = new HashMap<>();

    static Successions infer(Map<String, List<Division>> periodsByCode) {
        Successions s = new Successions();
        List<Division> ending = new ArrayList<>();
        List<Division> starting = new ArrayList<>();
        for (List<Division> periods : periodsByCode.values()) {
            Division first = periods.stream().min(Comparator.comparing((Division d) -> d.validFrom, Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
            Division last = periods.stream().max(Comparator.comparing((Division d) -> d.validTo, Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
            if (last.validTo != null && last.level != Level.ZONE) {
                ending.add(last);
            }
            if (first.validFrom != null && first.level != Level.ZONE) {
                starting.add(first);
            }
        }
        ending.sort(Comparator.comparing((Division d) -> d.code));
        for (Level level : List.of(Level.PROVINCE, Level.PREFECTURE, Level.COUNTY)) {
            for (Division old : ending) {
                if (old.level == level) {
                    s.pairIfOne(old, s.candidates(old, starting).stream().filter(n -> s.sameParent(old, n) && stem(n.name).equals(stem(old.name))).toList());
                }
            }
            for (Division old : ending) {
                if (old.level == level && !s.successorOf.containsKey(old.code)) {
                    List<Division> underParent = s.candidates(old, starting).stream().filter(n -> s.sameParent(old, n)).toList();
                    boolean onlyOneEnding = ending.stream().filter(o -> o.level == level && !s.successorOf.containsKey(o.code)
                            && java.util.Objects.equals(o.parentCode, old.parentCode) && o.validTo.equals(old.validTo)).count() == 1;
                    if (onlyOneEnding) {
                        s.pairIfOne(old, underParent);
                    }
                }
            }
        }
        return s;
    }

    private List<Division> candidates(Division old, List<Division> starting) {
        return starting.stream().filter(n -> n.level == old.level && java.util.Objects.equals(n.provinceCode, old.provinceCode) && !n.code.equals(old.code)
                && !predecessorOf.containsKey(n.code) && (n.validFrom == old.validTo.intValue() || n.validFrom == old.validTo + 1)).toList();
    }

    private boolean sameParent(Division old, Division n) {
        if (java.util.Objects.equals(old.parentCode, n.parentCode)) {
            return true;
        }
        Division parentSuccessor = old.parentCode == null ? null : successorOf.get(old.parentCode);
        return parentSuccessor != null && parentSuccessor.code.equals(n.parentCode);
    }

    private void pairIfOne(Division old, List<Division> found) {
        if (found.size() == 1) {
            successorOf.put(old.code, found.get(0));
            predecessorOf.put(found.get(0).code, old);
        }
    }

    private static String stem(String name) {
        return SUFFIX.matcher(name).replaceFirst("");
    }

    /** The code that took over from this one, if any. */
    Division successorOf(String code) {
        return successorOf.get(code);
    }

    /** The code this one took over from, if any. */
    Division predecessorOf(String code) {
        return predecessorOf.get(code);
    }
}
