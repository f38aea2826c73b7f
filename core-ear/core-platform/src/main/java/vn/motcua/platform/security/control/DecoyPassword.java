package vn.motcua.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * A hash of a random password nobody knows, made once with the same Argon2id settings as real ones: a login for an
 * account that does not exist, is deactivated or has no password is checked against it, so that it takes as long as
 * a real check and the time does not tell whether a username exists.
 */
@ApplicationScoped
public class DecoyPassword {

    @Inject
    PasswordService passwords;

    private volatile String hash;

    public String hash() {
        if (hash == null) {
            hash = passwords.encryptPassword(Passwords.random(24));
        }
        return hash;
    }
}
