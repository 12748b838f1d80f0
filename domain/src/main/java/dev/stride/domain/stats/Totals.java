package dev.stride.domain.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many activities, how many minutes and how many kilometres. Activities without a distance add none. Distances
 * keep the model's three decimals, so sums are exact to the metre.
 */
public record Totals(long count, long durationMinutes, BigDecimal distanceKm) {

    public static final int DISTANCE_SCALE = 3;
    public static final Totals ZERO = new Totals(0, 0, BigDecimal.ZERO);

    public Totals {
        if (count < 0 || durationMinutes < 0) {
            throw new IllegalArgumentException("totals cannot be negative: " + count + ", " + durationMinutes);
        }
        distanceKm = distanceKm == null ? BigDecimal.ZERO : distanceKm;
        if (distanceKm.signum() < 0) {
            throw new IllegalArgumentException("a distance cannot be negative: " + distanceKm);
        }
        // One scale whatever the source (a database may widen it), so equal totals are equal records.
        distanceKm = distanceKm.setScale(DISTANCE_SCALE, RoundingMode.HALF_UP);
    }

    /** One activity's contribution; {@code distanceKm} may be null. */
    public static Totals ofOne(int durationMinutes, BigDecimal distanceKm) {
        return new Totals(1, durationMinutes, distanceKm);
    }

    public Totals plus(Totals other) {
        return new Totals(count + other.count, durationMinutes + other.durationMinutes,
                distanceKm.add(other.distanceKm));
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
