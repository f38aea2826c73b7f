package vn.motcua.platform.security.control;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.apache.shiro.web.filter.AccessControlFilter;
import vn.motcua.platform.health.control.DatabaseUnavailable;

/**
 * Makes a change to an account apply to every open session of it on its next request, on whichever server of a
 * cluster that request lands: one primary-key query per request reads the account's {@link AccountStamp} and
 * compares it with the session's copy. A deactivated account or a new {@code sessions} stamp (password changed or
 * reset) ends the session: logged out and sent to the login page. A new {@code rights} stamp (roles, permissions,
 * agencies) updates the copy, and with it the key under which the realm caches the account's permissions, so they
 * are read again from the database: no cache has to be emptied on every server.
 *
 * <p>While the database cannot be reached the request goes on unchecked: the page it reaches needs that database for
 * anything it reads or writes, and says "try again in a moment" on the same page with what was typed kept, which a
 * failure here (before the page) could not do. The check applies again on the first request after the database is
 * back.
 */
public class SessionGuard extends AccessControlFilter {

    /** Session attribute, followed by the account's id: the stamp this session last checked for that account. */
    public static final String SESSION_STAMP = "motcua.accountStamp.";

    /** Query parameter of the login page after a session was ended this way. */
    public static final String ENDED = "ended";

    private final AccountStamps stamps;

    public SessionGuard(AccountStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        SignedInUser user =
                subject.getPrincipals() == null ? null : subject.getPrincipals().oneByType(SignedInUser.class);
        Session session = subject.getSession(false);
        if (!subject.isAuthenticated() || user == null || session == null) {
            return true; // the login filter before this one decides
        }
        AccountStamp seen = seen(session, subject.getPrincipals());
        Optional<AccountStamp> now;
        try {
            now = stamps.current(user.id());
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causes(e)) {
                return true;
            }
            throw e;
        }
        if (now.isEmpty() || seen == null || now.get().sessions() != seen.sessions()) {
            return false;
        }
        if (!now.get().equals(seen)) {
            session.setAttribute(SESSION_STAMP + user.id(), now.get());
        }
        return true;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        getSubject(request, response).logout();
        FacesAwareLoginFilter.redirect(request, response, getLoginUrl() + "?" + ENDED + "=true");
        return false;
    }

    /**
     * The stamp whose rights the current request works with, for the realm's cache key: the session's copy when
     * these are the current subject's principals, else the one read at login.
     */
    public static int rights(PrincipalCollection principals) {
        Subject current = ThreadContext.getSubject();
        if (current != null && principals.equals(current.getPrincipals())) {
            Session session = current.getSession(false);
            AccountStamp copy = session == null ? null : seen(session, principals);
            if (copy != null) {
                return copy.rights();
            }
        }
        AccountStamp atLogin = principals.oneByType(AccountStamp.class);
        return atLogin == null ? -1 : atLogin.rights();
    }

    /**
     * After the current session itself changed its account's stamp (its own new password): keep it signed in while
     * every other session of the account ends.
     */
    public static void keepCurrentSession(long accountId, AccountStamp changed) {
        Session session = SecurityUtils.getSubject().getSession(false);
        if (session != null) {
            session.setAttribute(SESSION_STAMP + accountId, changed);
        }
    }

    /** The session's copy for the signed-in account, else the stamp read at its login. */
    private static AccountStamp seen(Session session, PrincipalCollection principals) {
        SignedInUser user = principals.oneByType(SignedInUser.class);
        Object copy = user == null ? null : session.getAttribute(SESSION_STAMP + user.id());
        return copy instanceof AccountStamp stamp ? stamp : principals.oneByType(AccountStamp.class);
    }
}
