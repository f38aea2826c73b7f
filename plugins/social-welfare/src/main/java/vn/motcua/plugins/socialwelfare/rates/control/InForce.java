package vn.motcua.plugins.socialwelfare.rates.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import vn.motcua.plugins.socialwelfare.rates.entity.Dated;

/**
 * Which row of a rate's history applies: the one with the latest effective date on or before the day. Money is
 * paid by the month, so a month's rate is the one in force on its first day (rates change on the first of a month,
 * which the admin screen enforces).
 */
public final class InForce {

    private InForce() {}

    public static <T extends Dated> Optional<T> on(Collection<T> history, LocalDate day) {
        return history.stream()
                .filter(row -> !row.getEffectiveFrom().isAfter(day))
                .max(Comparator.comparing(Dated::getEffectiveFrom));
    }

    public static <T extends Dated> Optional<T> in(Collection<T> history, YearMonth month) {
        return on(history, month.atDay(1));
    }
}
