package vn.motcua.catalog.control.calendar;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Where unfinished work stands against its due moment: its urgency, and the working time left (negative: working
 * time overdue), also in working days (e.g. 1.5, or -2 when two working days late), to two decimals.
 */
public record DueStatus(Urgency urgency, Duration remainingWorkingTime, BigDecimal remainingWorkingDays) {}
