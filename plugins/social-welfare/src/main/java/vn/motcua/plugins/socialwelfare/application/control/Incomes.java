package vn.motcua.plugins.socialwelfare.application.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Household income arithmetic. The income per head shown is rounded half up to the đồng; comparisons with a
 * poverty line are made exactly (total ≤ line × persons), so rounding never moves a household across the line.
 */
public final class Incomes {

    private Incomes() {}

    public static long perHead(long total, int persons) {
        if (persons <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(total)
                .divide(BigDecimal.valueOf(persons), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** "Thu nhập bình quân đầu người từ {line} trở xuống": at or below the line. */
    public static boolean atOrBelow(long total, int persons, long line) {
        return persons > 0
                && BigDecimal.valueOf(total).compareTo(BigDecimal.valueOf(line).multiply(BigDecimal.valueOf(persons)))
                        <= 0;
    }
}
