package vn.motcua.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.security.control.PendingPasswordChangeFilter;

/** The change-password page: the only page open to an officer whose password must change. */
@Named
@RequestScoped
public class ChangePasswordView {

    @Inject
    AccountSecurity account;

    private String current;
    private String chosen;
    private String repeated;

    public void change() throws IOException {
        account.changePassword(current, chosen, repeated);
        PendingPasswordChangeFilter.require(false);
        Notices.info("directory.password.changed");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public boolean isRequired() {
        var session = org.apache.shiro.SecurityUtils.getSubject().getSession(false);
        return session != null && session.getAttribute(PendingPasswordChangeFilter.SESSION_FLAG) != null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
