/**
 * The working calendar and the deadline engine: which days and hours are worked, the Vietnamese lunar calendar that
 * places Tết and Hùng Kings' day, the proposed holidays of a year, due moments of dossiers and steps in working
 * time, the clock stopped while the applicant supplements, and early / on time / late verdicts (operational and
 * national scoring).
 *
 * <p>Decisions: pure Java, no container or database: the catalog's entities and producers build a
 * {@link vn.motcua.catalog.control.calendar.WorkingCalendar} from the confirmed exceptional dates and a
 * {@link vn.motcua.catalog.control.calendar.WorkingHours} from configuration, and hand them to
 * {@link vn.motcua.catalog.control.calendar.DueDates}. Moments are {@code LocalDateTime} in Vietnam's local time.
 * Working time is counted exactly (to the nanosecond), budgets in half days. The lunar calendar is computed
 * astronomically at UTC+7 rather than taken from ICU4J, whose Chinese calendar is fixed at UTC+8 except through a
 * constructor ICU marks internal and deprecated.
 */
package vn.motcua.catalog.control.calendar;
