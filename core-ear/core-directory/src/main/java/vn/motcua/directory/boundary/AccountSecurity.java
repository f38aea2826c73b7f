package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.shiro.authc.credential.PasswordService;
import vn.motcua.directory.control.InitialAdministrator;
import vn.motcua.directory.entity.Officer;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.security.control.AccountStamp;
import vn.motcua.platform.security.control.Passwords;
import vn.motcua.platform.security.control.SessionGuard;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * What every signed-in officer may do with their own account: change their password, which ends their other open
 * sessions (this one stays signed in).
 */
@ApplicationScoped
@RequiresPermissions
public class AccountSecurity {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordService passwords;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    InitialAdministrator initialAdministrator;

    @Transactional
    public void changePassword(String current, String chosen, String repeated) {
        Officer me = em.find(Officer.class, currentUser.require().id());
        if (me.getPasswordHash() == null || !passwords.passwordsMatch(current, me.getPasswordHash())) {
            throw new DomainException("directory.password.currentWrong");
        }
        if (chosen == null || !chosen.equals(repeated)) {
            throw new DomainException("directory.password.mismatch");
        }
        if (chosen.equals(current)) {
            throw new DomainException("directory.password.sameAsOld");
        }
        String weakness = Passwords.weakness(chosen, me.getUsername());
        if (weakness != null) {
            throw new DomainException(weakness);
        }
        me.changePassword(passwords.encryptPassword(chosen), false);
        initialAdministrator.passwordChanged(me.getUsername());
        // Every other session of this officer ends at its next request; this one stays.
        SessionGuard.keepCurrentSession(me.getId(), new AccountStamp(me.getRightsStamp(), me.getSessionsStamp()));
        audit.record("directory.account.passwordChange", "officer " + me.getUsername(), null, null);
    }
}
