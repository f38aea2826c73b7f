package vn.motcua.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordService;
import org.junit.jupiter.api.Test;
import vn.motcua.directory.boundary.OfficerLogins;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.platform.security.control.AccountStamp;
import vn.motcua.platform.security.control.DecoyPassword;

/**
 * Issue 12, user enumeration by timing: an existing account took one Argon2 check (153 ms), an unknown one none
 * (5 ms). Every failed login now costs exactly one password check — against the decoy hash when the account does not
 * exist, is deactivated or has no password — and ends in the same exception. The times themselves are measured on a
 * running portal by server-config/login-timing.sh, not here.
 */
class OfficerRealmTest {

    private static final String DECOY = "decoy-hash";
    private static final String REAL = "real-hash";

    /** The hashes each password check compared with, in order. */
    private final List<String> checked = new ArrayList<>();

    private final List<String> audited = new ArrayList<>();

    @Test
    void unknownDeactivatedAndPasswordlessAccountsCostOnePasswordCheckAgainstTheDecoy() {
        OfficerRealm realm = realm(Optional.empty());
        assertThatThrownBy(() -> realm.getAuthenticationInfo(new UsernamePasswordToken("khong.ton.tai", "mat-khau")))
                .isExactlyInstanceOf(IncorrectCredentialsException.class);

        OfficerRealm deactivated = realm(Optional.of(account(false, REAL)));
        assertThatThrownBy(() -> deactivated.getAuthenticationInfo(new UsernamePasswordToken("ngung", "mat-khau")))
                .isExactlyInstanceOf(IncorrectCredentialsException.class);

        OfficerRealm passwordless = realm(Optional.of(account(true, null)));
        assertThatThrownBy(() -> passwordless.getAuthenticationInfo(new UsernamePasswordToken("moi", "mat-khau")))
                .isExactlyInstanceOf(IncorrectCredentialsException.class);

        assertThat(checked).containsExactly(DECOY, DECOY, DECOY);
        assertThat(audited).containsExactly("unknown account", "deactivated", "no password");
    }

    @Test
    void aWrongPasswordForAnExistingAccountCostsOneCheckToo() {
        OfficerRealm realm = realm(Optional.of(account(true, REAL)));
        assertThatThrownBy(() -> realm.getAuthenticationInfo(new UsernamePasswordToken("co.that", "sai")))
                .isExactlyInstanceOf(IncorrectCredentialsException.class);
        assertThat(checked).containsExactly(REAL);
        assertThat(audited).containsExactly("wrong password");
    }

    private static OfficerLogins.Account account(boolean active, String hash) {
        return new OfficerLogins.Account(7L, "x", "X", hash, active, new AccountStamp(1, 1));
    }

    private OfficerRealm realm(Optional<OfficerLogins.Account> found) {
        PasswordService counting = new PasswordService() {
            @Override
            public String encryptPassword(Object plaintextPassword) {
                return REAL;
            }

            @Override
            public boolean passwordsMatch(Object submittedPlaintext, String encrypted) {
                checked.add(encrypted);
                return false;
            }
        };
        DecoyPassword decoy = new DecoyPassword() {
            @Override
            public String hash() {
                return DECOY;
            }
        };
        OfficerRealm realm = new OfficerRealm(counting, decoy);
        realm.logins = new OfficerLogins() {
            @Override
            public Optional<Account> find(String username) {
                return found;
            }

            @Override
            public boolean claimAttempt(long officerId) {
                return true;
            }

            @Override
            public boolean failed(long officerId) {
                return false;
            }
        };
        realm.audit = new AuditTrail() {
            @Override
            public void recordFor(Long actorId, String actorName, String action, String detail) {
                audited.add(detail);
            }
        };
        return realm;
    }
}
