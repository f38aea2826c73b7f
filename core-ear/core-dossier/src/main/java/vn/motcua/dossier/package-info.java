/**
 * The life of a dossier: received at a counter (or submitted online), assigned, processed along the steps of the
 * procedure version it pinned on the day of receipt, approved and returned; with its code, its clock, the hand-over
 * record of every transition, the printable forms 01-05 and the uploaded documents.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>One facade method per transition ({@code DossierWorkflow}); the counter screen's extras (scans, fees paid at
 *       receipt) join the receive transaction through {@code DossierReception}, so a dossier is never half-saved.
 *   <li>A receive form carries a token made when it opens: the same form submitted twice finds the first dossier
 *       (and the unique index on the token settles a race between servers).
 *   <li>Scanned documents are files on storage shared by the cluster, outside the web root, accepted by content
 *       (Tika), named by random keys; the database keeps name, type, size and SHA-256. Bytes are stored before their
 *       row; an hourly sweep removes bytes no row refers to after a day (rolled back or abandoned forms).
 *   <li>Printed forms are built from the dossier as plain {@code FormSheet} values and printed with the template in
 *       force on the day of receipt; access needs {@code dossier:view} and an agency that has held the dossier.
 *   <li>The worklists' scope is a subquery that does not depend on the row (the agencies in my scope, computed once
 *       per statement), in the form the list's index fits: "stands at my agency" on the current agency, "held by my
 *       agencies" as {@code exists} next to a narrower condition and as {@code id in (...)} alone ({@code
 *       DossierSearch}); measured with 100 000 dossiers by {@code server-config/benchmark.sh}.
 * </ul>
 */
package vn.motcua.dossier;
