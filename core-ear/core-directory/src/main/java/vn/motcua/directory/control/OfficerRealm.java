package vn.motcua.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import vn.motcua.directory.boundary.OfficerLogins;
import vn.motcua.directory.boundary.OfficerLogins.Account;
import vn.motcua.platform.security.control.SignedInUser;

/**
 * Logs officers in against our own tables: Argon2id password hashes, inactive accounts refused, and a lockout after
 * repeated failures (counted in the database, so it holds across servers). Roles and permissions come from the
 * officer's roles, cached per user until an admin changes them.
 */
@Dependent
public class OfficerRealm extends AuthorizingRealm {

    @Inject
    OfficerLogins logins;

    @Inject
    public OfficerRealm(PasswordService passwords) {
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
        String username = ((UsernamePasswordToken) token).getUsername();
        Account account = logins.find(username).orElseThrow(UnknownAccountException::new);
        if (!account.active()) {
            throw new DisabledAccountException();
        }
        if (account.locked()) {
            throw new ExcessiveAttemptsException();
        }
        if (account.passwordHash() == null) {
            throw new IncorrectCredentialsException();
        }
        var user = new SignedInUser(account.id(), account.username(), account.fullName());
        return new SimpleAuthenticationInfo(user, account.passwordHash(), getName());
    }

    @Override
    protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info)
            throws AuthenticationException {
        SignedInUser user = (SignedInUser) info.getPrincipals().getPrimaryPrincipal();
        try {
            super.assertCredentialsMatch(token, info);
        } catch (IncorrectCredentialsException wrong) {
            logins.failed(user.id());
            throw wrong;
        }
        logins.succeeded(user.id());
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

    @Override
    protected Object getAuthorizationCacheKey(PrincipalCollection principals) {
        SignedInUser user = principals.oneByType(SignedInUser.class);
        return user == null ? principals : user.id();
    }
}
