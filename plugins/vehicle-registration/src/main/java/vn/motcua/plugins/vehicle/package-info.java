/**
 * The Department of Transport's plugin: driving licence exchange (1.002804) and re-issue (1.002809), transport
 * badges for commercial vehicles (1.002861).
 *
 * <p>Decisions:
 * <ul>
 *   <li>A licence class is read with the law of its issue date ({@code licence.control.HeldClass}): before
 *       1 January 2025 the 2008 classes (A1-A4, B1, B1 automatic, B2, C, D, E, FB2, FC, FD, FE), from then the 15
 *       classes of the 2024 law. Exchange and re-issue accept both, because both start from a licence already held
 *       and most licences in circulation are 2008 ones; the new licence is always a 2024 class, converted as the
 *       2024 law's art. 89 says (the officer picks when it offers two, e.g. B2 → B or C1; A4 has none).
 *   <li>Rules live in pure control classes that take the day as a parameter ({@code LicenceRules}, {@code
 *       HealthCertificates}, {@code BadgeRules}, {@code Plates}); handlers only glue them to the SPI.
 *   <li>Numbers come from the core's {@code ResultNumbers}, a row per series, agency and year locked in the
 *       approval's transaction ({@code numbering.control.Numbering}), so servers never hand out the same number
 *       twice.
 *   <li>Registry rows carry the issuing agency (the deciding agency of the dossier) and every lookup is limited to
 *       the officer's agencies in scope.
 * </ul>
 */
package vn.motcua.plugins.vehicle;
