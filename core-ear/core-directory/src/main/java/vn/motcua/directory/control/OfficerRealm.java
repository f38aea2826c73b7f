package vn.motcua.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import vn.motcua.directory.boundary.OfficerLogins;
import vn.motcua.directory.boundary.OfficerLogins.Account;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.platform.security.control.DecoyPassword;
import vn.motcua.platform.security.control.SessionGuard;
import vn.motcua.platform.security.control.SignedInUser;

/**
 * Logs officers in against our own tables with Argon2id password hashes.
 *
 * <p>A failed login gives nothing away: an unknown username, a deactivated account, an account without a password,
 * a locked account and a wrong password all take one Argon2 check (against a decoy hash when there is no real one)
 * and end in the same {@link IncorrectCredentialsException}, hence the same message. The lockout is counted in the
 * database by conditional UPDATEs ({@link OfficerLogins#claimAttempt}), so it holds across threads and servers. Every
 * outcome goes to the audit trail. Roles and permissions come from the officer's roles, cached per officer and
 * {@linkplain vn.motcua.platform.security.control.AccountStamp rights stamp}, so a change applies at the next request.
 */
@Dependent
public class OfficerRealm extends AuthorizingRealm {

    /** Audit actions of logins. */
    public static final String LOGIN = "directory.login.success";

    public static final String LOGIN_FAILED = "directory.login.failure";
    public static final String LOCKED_OUT = "directory.login.lockout";

    @Inject
    OfficerLogins logins;

    @Inject
    AuditTrail audit;

    private final PasswordService passwords;
    private final DecoyPassword decoy;

    @Inject
    public OfficerRealm(PasswordService passwords, DecoyPassword decoy) {
        this.passwords = passwords;
        this.decoy = decoy;
        var matcher = new PasswordMatcher();
        matcher.setPasswordService(passwords);
        setCredentialsMatcher(matcher);
        setName("officers");
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        var credentials = (UsernamePasswordToken) token;
        String username = credentials.getUsername();
        Optional<Account> found = logins.find(username);
        if (found.isEmpty() || !found.get().active() || found.get().passwordHash() == null) {
            passwords.passwordsMatch(credentials.getPassword(), decoy.hash()); // same time as a real check
            String why = found.isEmpty() ? "unknown account" : found.get().active() ? "no password" : "deactivated";
            audit.recordFor(found.map(Account::id).orElse(null), username, LOGIN_FAILED, why);
            throw new IncorrectCredentialsException();
        }
        Account account = found.get();
        if (!logins.claimAttempt(account.id())) {
            passwords.passwordsMatch(credentials.getPassword(), account.passwordHash()); // same time, result unused
            audit.recordFor(account.id(), username, LOGIN_FAILED, "locked");
            throw new IncorrectCredentialsException();
        }
        var user = new SignedInUser(account.id(), account.username(), account.fullName());
        var principals = new SimplePrincipalCollection(List.of(user, account.stamp()), getName());
        return new SimpleAuthenticationInfo(principals, account.passwordHash());
    }

    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info)
            throws AuthenticationException {
        SignedInUser user = (SignedInUser) info.getPrincipals().getPrimaryPrincipal();
        try {
            super.assertCredentialsMatch(token, info);
        } catch (IncorrectCredentialsException wrong) {
            boolean locked = logins.failed(user.id());
            audit.recordFor(user.id(), user.username(), LOGIN_FAILED, "wrong password");
            if (locked) {
                audit.recordFor(user.id(), user.username(), LOCKED_OUT, "locked after repeated failures");
            }
            throw wrong;
        }
        logins.succeeded(user.id());
        // A new login reads the officer's rights afresh, whatever this server still caches.
        clearCachedAuthorizationInfo(info.getPrincipals());
        audit.recordFor(user.id(), user.username(), LOGIN, null);
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SignedInUser user = principals.oneByType(SignedInUser.class);
        var info = new SimpleAuthorizationInfo();
        if (user != null) {
            OfficerLogins.Grants grants = logins.grants(user.id());
            info.setRoles(grants.roles());
            info.setStringPermissions(grants.permissions());
        }
        return info;
    }

    /** Per officer and rights stamp: after a change, every session looks up a new entry (see SessionGuard). */
    @Override
    protected Object getAuthorizationCacheKey(PrincipalCollection principals) {
        SignedInUser user = principals.oneByType(SignedInUser.class);
        return user == null ? principals : user.id() + ":" + SessionGuard.rights(principals);
    }
}
