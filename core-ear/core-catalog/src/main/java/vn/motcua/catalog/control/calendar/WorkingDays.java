package vn.motcua.catalog.control.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;

/**
 * An amount of working days in halves (0.5, 1, 1.5 …), as statutory processing times and step budgets are given.
 * Converted to working time with {@link #toWorkingTime(WorkingHours)}.
 */
public record WorkingDays(int halves) implements Comparable<WorkingDays> {

    public static final WorkingDays ZERO = new WorkingDays(0);

    public WorkingDays {
        if (halves < 0) {
            throw new IllegalArgumentException("working days cannot be negative: " + halves / 2.0);
        }
    }

    public static WorkingDays of(int days) {
        return new WorkingDays(Math.multiplyExact(days, 2));
    }

    public static WorkingDays ofHalves(int halves) {
        return new WorkingDays(halves);
    }

    /**
     * Parses amounts such as {@code 3}, {@code 1.5} or {@code 0.50} (as stored in a decimal column).
     *
     * @throws IllegalArgumentException if the amount is not a whole number of half days
     */
    public static WorkingDays of(BigDecimal days) {
        BigDecimal halves = days.multiply(BigDecimal.valueOf(2));
        try {
            return new WorkingDays(halves.intValueExact());
        } catch (ArithmeticException notWhole) {
            throw new IllegalArgumentException("working days must be in halves: " + days, notWhole);
        }
    }

    public static WorkingDays of(String days) {
        return of(new BigDecimal(days));
    }

    /** The sum of several amounts, e.g. the step budgets of a process (which should equal its statutory time). */
    public static WorkingDays sum(Collection<WorkingDays> amounts) {
        return amounts.stream().reduce(ZERO, WorkingDays::plus);
    }

    public WorkingDays plus(WorkingDays other) {
        return new WorkingDays(Math.addExact(halves, other.halves));
    }

    public BigDecimal days() {
        return BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2));
    }

    /** The working time this amount stands for under the given hours. */
    public Duration toWorkingTime(WorkingHours hours) {
        return hours.workingDay().multipliedBy(halves).dividedBy(2);
    }

    @Override
    public int compareTo(WorkingDays other) {
        return Integer.compare(halves, other.halves);
    }

    @Override
    public String toString() {
        return days().stripTrailingZeros().toPlainString() + " working days";
    }
}
