package vn.motcua.spi.numbering;

/**
 * Running numbers for the documents a plugin issues (licences, decisions, badges…), counted per series, issuing
 * agency and calendar year from 1. The core provides the bean; a plugin injects it ({@code @Inject ResultNumbers
 * numbers}) and formats the number itself ({@code 12/GP-STTTT}): the core hands out the sequence, never the text.
 *
 * <p>What the core guarantees:
 *
 * <ul>
 *   <li><b>Unique and gap-free</b> under any concurrency, on any number of servers: the counter row of (series,
 *       agency, year) is read under a pessimistic write lock in the database, so concurrent callers wait for each
 *       other and each gets the next value. The year's first number is safe too: a missing row is created in a
 *       transaction of its own (a second server creating the same row at the same moment fails there, harmlessly,
 *       and locks the first one's row).
 *   <li><b>In the caller's transaction</b>, which must exist (typically the leader's approval, in which the core
 *       calls {@link vn.motcua.spi.procedure.ProcedureHandler#issueResult}); calling without one fails. The lock is
 *       held until that transaction ends: a rolled-back approval gives its number back, so there is no gap. Take the
 *       number as late as possible in the transaction, after the checks that may refuse it.
 *   <li><b>Series belong to a plugin</b>: a series name is {@code <plugin id>.<name>}, e.g. {@code licensing.GP} or
 *       {@code social-welfare.decision} (the name: letters, digits, {@code _ - .}; 60 characters in all). The core
 *       knows which plugin injects it (the plugin whose JAR holds the injecting class, see {@link vn.motcua.spi.Plugin})
 *       and refuses (with an {@link IllegalArgumentException}) a series of another plugin, so two plugins never share a
 *       counter.
 *   <li>The counters live in the core's table {@code result_number}. A plugin that kept a counter table of its own
 *       moves its values there with one of its migrations (they run after the core's): {@code INSERT INTO
 *       result_number (series, agency_id, number_year, last_number) SELECT 'licensing.GP', agency_id, issue_year,
 *       last_number FROM …}.
 * </ul>
 *
 * @since 0.1.0
 */
public interface ResultNumbers {

    /**
     * The next number of the series for the agency and year: 1 for the first, then one more each call that commits.
     *
     * @param series {@code <plugin id>.<name>}, e.g. {@code licensing.GP}
     * @param agencyId the issuing agency ({@code agency(id)})
     * @param year the calendar year the number counts in (usually the year of the approval)
     * @throws IllegalArgumentException for a malformed series or one of another plugin
     */
    long next(String series, long agencyId, int year);
}
