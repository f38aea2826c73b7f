package vn.motcua.spi.procedure;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import vn.motcua.spi.dossier.DossierSnapshot;

/**
 * Binds catalog procedures (by national code) to a plugin's own dossier details: the form the counter and the
 * online portal show for them, the entity that holds what that form collects, the rules beyond Bean Validation and
 * the result document approval produces. A bean of the plugin's JAR (the core qualifies it with the plugin's
 * {@code @Plugin("id")}, see {@link vn.motcua.spi.Plugin}); one plugin may have several handlers, and a national code belongs to at most one handler of all installed plugins (checked at
 * boot).
 *
 * <p>What the core guarantees:
 * <ul>
 *   <li>It offers a handled procedure (at the counter, online) only where the plugin is enabled for the officer's
 *       agency (the per-agency switch); dossiers already open keep running whatever the switch says.
 *   <li>{@link #newDetails} and the fragments are used on the request thread of the page showing the form; the
 *       details object lives in that page's view state between requests, hence {@link Serializable}.
 *   <li>On receipt it validates the details with Bean Validation, then calls {@link #check}, then creates the dossier
 *       and calls {@link #saveDetails}, all in the one transaction of the receipt: if any of them throws, nothing is
 *       saved. The same holds when the applicant submits online.
 *   <li>{@link #issueResult} is called in the leader's approval transaction, after the core's own checks; throwing
 *       a {@link vn.motcua.spi.DomainException} refuses the approval with that message.
 *   <li>Calls run with the signed-in officer's security context ({@code @RequiresPermissions} works); in the online
 *       portal there is no officer.
 *   <li>At deployment, before the database schema is migrated, the core creates the handler and reads
 *       {@link #procedureCodes()} to refuse a national code claimed twice: creating the bean (constructor,
 *       {@code @PostConstruct}) and {@code procedureCodes()} must not touch the database.
 * </ul>
 *
 * @param <D> the details entity, a JPA entity of the plugin's own table (prefix {@code <id>_}) whose row refers to
 *     {@code dossier(id)}
 *
 * @since 0.1.0
 */
public interface ProcedureHandler<D extends Serializable> {

    /** National codes of the catalog procedures this handler serves, e.g. {@code 1.004211}. */
    Set<String> procedureCodes();

    /** The details type, for Bean Validation and for the core's logs. */
    Class<D> detailsType();

    /** An empty (or pre-filled) details object for a new dossier of this procedure. */
    D newDetails(String procedureCode);

    /**
     * Facelets fragment (a {@code ui:composition}) that edits the details, from the plugin JAR's
     * {@code META-INF/resources}, e.g. {@code /p/licensing/fragments/bulletin-form.xhtml}. The core includes it in its
     * own form with the parameters {@code details} (the object to edit) and {@code procedureCode}; its inputs are
     * validated and submitted with the core's form.
     */
    String formFragment();

    /**
     * Facelets fragment that shows the details read-only on the dossier screen, with the parameters {@code details}
     * and {@code dossier} (a {@link DossierSnapshot}).
     */
    String viewFragment();

    /**
     * Rules beyond Bean Validation (e.g. "a health certificate older than six months is refused"). Throw a
     * {@link vn.motcua.spi.DomainException} with a message key of the plugin to refuse; the transaction rolls back.
     * The dossier is not saved yet: {@code dossier} carries the applicant and procedure, its id is 0.
     */
    default void check(D details, DossierSnapshot dossier) {}

    /** Stores the details of a dossier just created, in the receipt's transaction. */
    void saveDetails(D details, DossierSnapshot dossier);

    /** The details stored for a dossier, if it has any. */
    Optional<D> details(long dossierId);

    /**
     * Produces the result document when the leader approves: numbers it (the plugin's own numbering), records it in
     * the plugin's registry and renders it. Runs in the approval's transaction. An empty result means the procedure
     * has no document of the plugin (the core's process goes on as for any procedure).
     */
    default Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        return Optional.empty();
    }
}
