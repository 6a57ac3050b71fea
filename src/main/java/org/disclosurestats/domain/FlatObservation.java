package org.disclosurestats.domain;

import java.math.BigDecimal;

/** An observation of a current published revision with its report's identity: one row of a flat extract. */
public record FlatObservation(long id, long reportId, String divisionCode, int year, String scope, String issuerName, String edition,
                              String metric, BigDecimal value, String qualifier, String status, String breakdown, String subjectName,
                              String subjectDivisionCode, String quote) {
}
