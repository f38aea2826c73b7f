package vn.motcua.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.health.control.DatabaseUnavailable;

class ErrorPageTest {

    @Test
    void theFlagOfFacesExceptionHandlerSaysDatabaseUnavailable() {
        assertThat(ErrorPage.databaseUnavailable(Map.of(DatabaseUnavailable.MESSAGE, Boolean.TRUE)))
                .isTrue();
    }

    @Test
    void aBrokenConnectionThatReachedTheErrorPageThroughTheContainerSaysDatabaseUnavailable() {
        var thrown = new ServletException(
                "render", new IllegalStateException(new SQLNonTransientConnectionException("Connection is broken")));
        assertThat(ErrorPage.databaseUnavailable(Map.of(RequestDispatcher.ERROR_EXCEPTION, thrown)))
                .isTrue();
    }

    @Test
    void anyOtherFailureIsTheGeneralError() {
        assertThat(ErrorPage.databaseUnavailable(
                        Map.of(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug"))))
                .isFalse();
        assertThat(ErrorPage.databaseUnavailable(Map.of())).isFalse();
    }

    @Test
    void aFailureAfterTheFormsActionSaysTheChangeMayHaveBeenSaved() {
        assertThat(ErrorPage.messageKey(
                        Map.of(ErrorPage.AFTER_ACTION, Boolean.TRUE, DatabaseUnavailable.MESSAGE, true)))
                .isEqualTo("error.databaseUnavailableAfterAction");
        assertThat(ErrorPage.messageKey(Map.of(ErrorPage.AFTER_ACTION, Boolean.TRUE)))
                .isEqualTo("error.generalAfterAction");
    }

    @Test
    void aFailureBeforeAnyActionSaysNothingWasSaved() {
        assertThat(ErrorPage.messageKey(Map.of(DatabaseUnavailable.MESSAGE, Boolean.TRUE)))
                .isEqualTo("error.databaseUnavailable");
        assertThat(ErrorPage.messageKey(Map.of())).isEqualTo("error.general");
    }
}
