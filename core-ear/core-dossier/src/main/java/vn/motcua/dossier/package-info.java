/**
 * The life of a dossier: received at a counter (or submitted online), assigned, processed along the steps of the
 * procedure version it pinned on the day of receipt, approved and returned; with its code, its clock, the hand-over
 * record of every transition, the printable forms 01-05 (and their template versions), the uploaded documents and
 * the public lookup by code and secret.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>One facade method per transition ({@code DossierWorkflow}; those that pause or move the clock in
 *       {@code DossierPauses}), the rules they share in one control ({@code Transitions}: row lock, version, scope,
 *       hand-over, event); the counter screen's extras (scans, fees paid at receipt) join the receive transaction
 *       through {@code DossierReception}, so a dossier is never half-saved.
 *   <li>A receive form carries a token made when it opens: the same form submitted twice finds the first dossier
 *       (and the unique index on the token settles a race between servers).
 *   <li>Scanned documents are files on storage shared by the cluster, outside the web root, accepted by content
 *       (Tika), named by random keys; the database keeps name, type, size and SHA-256. Bytes are stored before their
 *       row; an hourly sweep removes bytes no row refers to after a day (rolled back or abandoned forms).
 *   <li>Printed forms are built from the dossier as plain {@code FormSheet} values and printed with the template in
 *       force on the day of receipt; access needs {@code dossier:view} and an agency that has held the dossier.
 *       Template versions are added (checked, whole, never back-dated) by a template keeper whose scope is the whole
 *       province, as every agency prints with them.
 *   <li>Online submission has no login: its facade ({@code OnlineSubmission}) carries no permission and touches
 *       nothing but the new dossier. The dossier gets its code and lookup secret when submitted, at the procedure's
 *       deciding agency (its receiving agency online), and waits in {@code SUBMITTED} with the version in force that
 *       day; the clock starts only when the counter accepts it, exactly as for a receipt at the counter.
 *   <li>What an anonymous applicant declares stays on the dossier ({@code DeclaredApplicant}): a known ID number is
 *       linked but its stored details are not changed (nobody could rename a citizen by typing their number), and
 *       the officer who accepts the dossier after checking the scans brings the register up to date.
 *   <li>Before acceptance there is no supplement request: the lifecycle goes from {@code SUBMITTED} to
 *       {@code RECEIVED} or {@code NOT_ACCEPTED} (form 03 with the reasons, e.g. the documents missing); the applicant
 *       has no channel yet to complete a submitted dossier, so they submit a new one.
 *   <li>The public lookup needs the code and the lookup secret and shows no personal data (no applicant, officer or
 *       comment). A wrong code and a wrong secret get the same answer after the same work; the secret is compared
 *       in constant time; failed lookups are counted per client in the database (the same count on every server of
 *       a cluster) and a client over the limit is refused for the rest of its window. The page is stateless: an
 *       anonymous visitor never gets an HTTP session.
 *   <li>The online submission limits what one client (the same hashed address) may upload and submit in an hour,
 *       counted in the database like the lookup's failures, so an anonymous form cannot fill the document store: an
 *       upload is counted after its bytes are stored (and they are deleted when it is refused), a submission in the
 *       transaction that stores it (a failed one counts nothing).
 *   <li>The worklists' scope is a subquery that does not depend on the row (the agencies in my scope, computed once
 *       per statement), in the form the list's index fits: "waits at my agency" on the receiving or current agency, "held by my
 *       agencies" as {@code exists} next to a narrower condition and as {@code id in (...)} alone ({@code
 *       DossierSearch}); measured with 100 000 dossiers by {@code server-config/benchmark.sh}.
 * </ul>
 */
package vn.motcua.dossier;
