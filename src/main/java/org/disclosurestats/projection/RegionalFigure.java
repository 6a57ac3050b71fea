package org.disclosurestats.projection;

import java.math.BigDecimal;
import org.disclosurestats.domain.Scope;

/** One report's own figure for a metric, as aggregates read it. */
public record RegionalFigure(long reportId, String metric, String divisionCode, int year, Scope scope, BigDecimal value,
                             boolean approximate) {
}
