/**
 * The licensing plugin (Sở Thông tin và Truyền thông): publication licences as dossiers of the core's one-stop shop.
 *
 * <p>Decisions:
 * <ul>
 *   <li>One component, {@code licence}: the licence is the thing every procedure here creates, changes or ends.
 *   <li>The registry is written only at approval, in the leader's transaction ({@code ProcedureHandler.issueResult}):
 *       a licence exists exactly when its dossier has a result. What the counter typed stays in the application
 *       (details) table, never in the registry.
 *   <li>Numbers per issuing agency, series and year from the core's {@code ResultNumbers} (a row lock in the
 *       database, series {@code licensing.GP} / {@code licensing.QD}); {@code LicenceNumbers} formats them.
 *   <li>An amendment issues a new licence (own number, same expiry) and marks the old one AMENDED; a revocation is a
 *       dossier whose approval marks the licence REVOKED and issues a numbered decision. Expiry is read from the
 *       date, never written by a job.
 *   <li>Every registry query is filtered by {@code OfficerContext.agencyIdsInScope()}; lookups for the counter by the
 *       dossier's deciding agency.
 * </ul>
 */
package vn.motcua.plugins.licensing;
