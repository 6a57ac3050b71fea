package org.disclosurestats.domain;

import java.util.List;
import java.util.Optional;

/**
 * Metrics of different editions that count the same thing (catalogue data, V14). Members with the
 * same definition number mean exactly the same; a higher number is a later definition, and its
 * {@code difference} says what changed. {@code metric} is the family as a metric: its code, unit and
 * aggregation, shared by every member.
 */
public record MetricFamily(String code, String nameZh, String nameEn, String description, Metric metric, List<Member> members) {

    public record Member(Metric metric, int definition, String difference) {
    }

    public Optional<Member> member(String metricCode) {
        return members.stream().filter(m -> m.metric().code.equals(metricCode)).findFirst();
    }

    /** What the definition a member belongs to changed, stated on any member of it. */
    public String differenceOf(int definition) {
        return members.stream().filter(m -> m.definition() == definition && m.difference() != null)
                .map(Member::difference).findFirst().orElse(null);
    }
}
