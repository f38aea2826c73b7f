package vn.motcua.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.security.control.PendingPasswordChangeFilter;
import vn.motcua.platform.security.control.SignedInUser;

/**
 * The login page and the logout button. After a login the officer goes where they were heading (or home), unless
 * their password must change first. One message, in the same time, for an unknown user, a wrong password, a locked
 * and a deactivated account alike (see {@code OfficerRealm}), so usernames cannot be probed; the message says that
 * repeated failures lock the account for a while.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    OfficerLogins logins;

    @Inject
    @ConfigProperty(name = "motcua.security.max-failed-logins", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "motcua.security.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    private String username;
    private String password;

    public void login() throws IOException {
        Subject subject = SecurityUtils.getSubject();
        var token = new UsernamePasswordToken(
                username == null ? "" : username.trim().toLowerCase(), password);
        try {
            subject.login(token);
        } catch (AuthenticationException failed) {
            Notices.error("directory.login.failed", maxFailures, lockoutMinutes);
            return;
        } finally {
            token.clear();
            password = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        SignedInUser user = subject.getPrincipals().oneByType(SignedInUser.class);
        boolean mustChange = logins.passwordChangeRequired(user.id());
        PendingPasswordChangeFilter.require(mustChange);
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        String target = mustChange
                ? external.getRequestContextPath() + PendingPasswordChangeFilter.CHANGE_PAGE
                : saved != null && "GET".equalsIgnoreCase(saved.getMethod())
                        ? saved.getRequestUrl()
                        : external.getRequestContextPath() + "/index.xhtml";
        external.redirect(target);
    }

    public void logout() throws IOException {
        SecurityUtils.getSubject().logout();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
