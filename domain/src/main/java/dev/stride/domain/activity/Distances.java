package dev.stride.domain.activity;

import java.math.BigDecimal;

/** How a distance is written for clients: the model keeps three decimals, clients see 5.2 for 5.200 and 0 for 0.000. */
public final class Distances {

    private Distances() {
    }

    /** Without trailing zeros, never in exponent form; null stays null (an activity without a distance). */
    public static BigDecimal plain(BigDecimal distance) {
        if (distance == null) {
            return null;
        }
        BigDecimal stripped = distance.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
