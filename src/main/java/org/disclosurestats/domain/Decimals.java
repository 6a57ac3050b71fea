package org.disclosurestats.domain;

import java.math.BigDecimal;

/** Figures are exact decimals; they are shown without the storage column's trailing zeros (775, not 775.000000). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
