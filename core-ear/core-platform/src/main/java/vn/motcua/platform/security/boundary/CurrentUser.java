package vn.motcua.platform.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import vn.motcua.platform.security.control.SignedInUser;
import vn.motcua.spi.security.NotAuthenticatedException;

/**
 * Who is acting on the current request. Pages use it as {@code #{currentUser.permitted('directory:edit')}} to show
 * only the buttons a user may press; facades use it to scope queries. The check that counts is the facade's
 * {@code @RequiresPermissions}.
 */
@Named
@ApplicationScoped
public class CurrentUser {

    public Optional<SignedInUser> signedIn() {
        Subject subject = subject();
        if (subject == null || !subject.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.ofNullable(subject.getPrincipals().oneByType(SignedInUser.class));
    }

    public SignedInUser require() {
        return signedIn().orElseThrow(NotAuthenticatedException::new);
    }

    public boolean isSignedIn() {
        return signedIn().isPresent();
    }

    public String getDisplayName() {
        return signedIn().map(SignedInUser::displayName).orElse("");
    }

    public boolean permitted(String permission) {
        Subject subject = subject();
        return subject != null && subject.isAuthenticated() && subject.isPermitted(permission);
    }

    /**
     * Whether the current user holds every one of these permissions, each implied by one of theirs (Shiro's
     * {@code implies}: {@code directory:*} implies {@code directory:officer:edit}, never {@code *}). The rule for
     * granting: nobody hands out a permission they do not hold themselves.
     */
    public boolean permittedAll(java.util.Collection<String> permissions) {
        return permissions.stream().allMatch(this::permitted);
    }

    static Subject subject() {
        try {
            return SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException outsideARequest) {
            return null;
        }
    }
}
