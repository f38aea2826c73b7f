package vn.motcua.platform.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionGuardTest {

    private static final SignedInUser OFFICER = new SignedInUser(7, "tiepnhan.tttt", "Tiếp nhận");
    private static final AccountStamp AT_LOGIN = new AccountStamp(1, 1);

    @BeforeEach
    void signIn() {
        Subject subject = new Subject.Builder(new DefaultSecurityManager())
                .principals(new SimplePrincipalCollection(List.of(OFFICER, AT_LOGIN), "test"))
                .authenticated(true)
                .buildSubject();
        subject.getSession(); // the signed-in session the guard compares against
        ThreadContext.bind(subject);
    }

    @AfterEach
    void signOut() {
        ThreadContext.remove();
    }

    @Test
    void theSameStampLetsTheRequestThroughAndANewSessionsStampEndsIt() {
        assertThat(new SessionGuard(id -> Optional.of(AT_LOGIN)).isAccessAllowed(null, null, null))
                .isTrue();
        assertThat(new SessionGuard(id -> Optional.of(new AccountStamp(1, 2))).isAccessAllowed(null, null, null))
                .as("password changed elsewhere")
                .isFalse();
        assertThat(new SessionGuard(id -> Optional.empty()).isAccessAllowed(null, null, null))
                .as("account deactivated")
                .isFalse();
    }

    @Test
    void aDatabaseThatCannotBeReachedLeavesTheAnswerToThePage() {
        SessionGuard guard = new SessionGuard(id -> {
            throw new IllegalStateException(
                    "Exception [EclipseLink-4002]",
                    new SQLNonTransientConnectionException("Connection is broken", "90067"));
        });
        assertThat(guard.isAccessAllowed(null, null, null))
                .as("the page says 'try again' and keeps what was typed")
                .isTrue();
    }

    @Test
    void anyOtherFailureOfTheCheckIsNotSwallowed() {
        SessionGuard guard = new SessionGuard(id -> {
            throw new IllegalStateException("a bug");
        });
        assertThatThrownBy(() -> guard.isAccessAllowed(null, null, null)).hasMessage("a bug");
    }
}
