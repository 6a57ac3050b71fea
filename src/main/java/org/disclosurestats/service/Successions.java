package org.disclosurestats.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.disclosurestats.domain.Division;
import org.disclosurestats.domain.Level;

/**
 * Which code took over from which, inferred from the code list: GB/T 2260 says when a code ends and another starts, not
 * that one replaced the other. A code whose last period ends in year Y is succeeded by a new code of the same level,
 * province and parent (or the parent's successor) whose first period starts in Y or Y+1 and whose name has the same stem
 * (吐鲁番地区 652100 → 吐鲁番市 650400, 鄯善县 652122 → 650421); failing a name, by the only such code when it is also the
 * only one ending there (吐鲁番市 652101 → 高昌区 650402). Ambiguous cases stay without a successor, and so do the
 * counties of an abolished prefecture (莱芜市 371200's 钢城区 371203 → 济南's 370117): their parent has no successor. Their
 * land is followed as a move to another parent ({@link #continuationOf}), which the roll-up does not use.
 *
 * The list keeps both codes valid in a year of change (both 2015 for 吐鲁番); a roll-up counts the old code as its
 * successor in such a year, so that a report filed under either code is counted once, in one division.
 */
final class Successions {

    private static final Pattern SUFFIX = Pattern.compile("(地区|自治州|自治县|自治旗|林区|特区|盟|市|县|区|旗)$");

    private final Map<String, Division> successorOf = new HashMap<>();
    private final Map<String, Division> predecessorOf = new HashMap<>();
    private final Map<String, Division> movedTo = new HashMap<>();
    private final Map<String, Division> movedFrom = new HashMap<>();

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
                            && Objects.equals(o.parentCode, old.parentCode) && o.validTo.equals(old.validTo)).count() == 1;
                    if (onlyOneEnding) {
                        s.pairIfOne(old, underParent);
                    }
                }
            }
        }
        s.inferMoves(ending, starting);
        return s;
    }

    /**
     * County-level codes that continue under another parent (莱芜市's 钢城区 371203 → 济南's 370117, 巢湖's 庐江县 341421 →
     * 合肥's 340124): the same land, so that a territory can be followed across years ({@link Territories}). Not a succession:
     * a roll-up keeps counting each code under the parent of its own code. Paired by the same stem (one candidate in the
     * province starting in the year the old code ends or the next); failing a name, the only county of its old parent left
     * unpaired goes to the only unpaired new code under the parents its siblings went to (莱城区 371202 → 莱芜区 370116).
     */
    private void inferMoves(List<Division> ending, List<Division> starting) {
        List<Division> left = ending.stream().filter(o -> o.level == Level.COUNTY && !successorOf.containsKey(o.code)).toList();
        for (Division old : left) {
            pairMoveIfOne(old, moveCandidates(old, starting).stream().filter(n -> stem(n.name).equals(stem(old.name))).toList());
        }
        for (Division old : left) {
            boolean onlyLeftover = !movedTo.containsKey(old.code) && left.stream().filter(o -> !movedTo.containsKey(o.code)
                    && Objects.equals(o.parentCode, old.parentCode) && o.validTo.equals(old.validTo)).count() == 1;
            Set<String> siblingsWentTo = new HashSet<>();
            movedTo.forEach((code, to) -> left.stream().filter(o -> o.code.equals(code) && Objects.equals(o.parentCode, old.parentCode)
                    && o.validTo.equals(old.validTo)).findFirst().ifPresent(o -> siblingsWentTo.add(to.parentCode)));
            if (onlyLeftover && !siblingsWentTo.isEmpty()) {
                pairMoveIfOne(old, moveCandidates(old, starting).stream().filter(n -> siblingsWentTo.contains(n.parentCode)).toList());
            }
        }
    }

    private List<Division> moveCandidates(Division old, List<Division> starting) {
        return starting.stream().filter(n -> n.level == Level.COUNTY && Objects.equals(n.provinceCode, old.provinceCode)
                && !Objects.equals(n.parentCode, old.parentCode) && !n.code.equals(old.code) && !predecessorOf.containsKey(n.code)
                && !movedFrom.containsKey(n.code) && (n.validFrom == old.validTo.intValue() || n.validFrom == old.validTo + 1)).toList();
    }

    private void pairMoveIfOne(Division old, List<Division> found) {
        if (found.size() == 1) {
            movedTo.put(old.code, found.get(0));
            movedFrom.put(found.get(0).code, old);
        }
    }

    private List<Division> candidates(Division old, List<Division> starting) {
        return starting.stream().filter(n -> n.level == old.level && Objects.equals(n.provinceCode, old.provinceCode) && !n.code.equals(old.code)
                && !predecessorOf.containsKey(n.code) && (n.validFrom == old.validTo.intValue() || n.validFrom == old.validTo + 1)).toList();
    }

    private boolean sameParent(Division old, Division n) {
        if (Objects.equals(old.parentCode, n.parentCode)) {
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

    /** The code that continues this one's land: its successor, else the code it moved to under another parent. */
    Division continuationOf(String code) {
        Division next = successorOf.get(code);
        return next != null ? next : movedTo.get(code);
    }

    /** The code whose land this one continues: its predecessor, else the code that moved here from another parent. */
    Division continuedFrom(String code) {
        Division before = predecessorOf.get(code);
        return before != null ? before : movedFrom.get(code);
    }
}
