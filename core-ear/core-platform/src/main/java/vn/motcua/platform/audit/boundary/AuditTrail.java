package vn.motcua.platform.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.motcua.platform.audit.control.AuditClients;
import vn.motcua.platform.audit.entity.AuditEvent;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.security.control.SignedInUser;

/**
 * The one way to write the audit trail. Inject it and call {@link #record} after a change that matters to security or
 * to accountability (roles, permissions, officers, scope, plugin switches, the calendar, a reorganisation):
 *
 * <pre>{@code
 * audit.record("directory.role.update", "role DIRECTORY_ADMIN", before.toString(), after.toString());
 * }</pre>
 *
 * Who and from where are taken from the request: the signed-in officer and the client key of the request (a keyed
 * hash of its address, never the address). The row joins the caller's transaction, so a change that rolls back leaves
 * no row, and a row is never written without its change. Actions are {@code <component>.<thing>.<verb>}, stable
 * strings the auditor filters by; before and after are short readable states (longer ones are cut at 4,000
 * characters), {@code null} when there is none (a creation has no before). Rows cannot be changed or removed.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditClients clients;

    /** Records what the signed-in officer just did. */
    @Transactional
    public void record(String action, String target, String before, String after) {
        Optional<SignedInUser> me = currentUser.signedIn();
        write(
                action,
                me.map(SignedInUser::id).orElse(null),
                me.map(SignedInUser::username).orElse(null),
                target,
                before,
                after);
    }

    /**
     * Records an event whose actor is not (yet) signed in: a login, a failed one, a lockout. {@code actorId} is
     * {@code null} when no account has that name; {@code actorName} is the name as typed.
     */
    @Transactional
    public void recordFor(Long actorId, String actorName, String action, String detail) {
        write(action, actorId, actorName, null, null, detail);
    }

    private void write(String action, Long actorId, String actorName, String target, String before, String after) {
        em.persist(new AuditEvent(
                LocalDateTime.now(), actorId, actorName, clients.currentKey(), action, target, before, after));
    }
}
