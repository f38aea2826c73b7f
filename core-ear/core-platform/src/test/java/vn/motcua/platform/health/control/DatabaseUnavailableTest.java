package vn.motcua.platform.health.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aRefusedH2ConnectionDeepInTheChainIsRecognised() {
        var h2 = new SQLException("Connection is broken: \"java.net.ConnectException: Connection refused\"", "90067");
        assertTrue(DatabaseUnavailable.causes(new PersistenceException(new RuntimeException("wrapped", h2))));
    }

    @Test
    void theSqlStandardConnectionClassAndPayarasPoolAreRecognised() {
        assertTrue(DatabaseUnavailable.causes(new SQLException("TCP/IP connection failed", "08S01")));
        assertTrue(DatabaseUnavailable.causes(new RuntimeException(
                new SQLException("Error in allocating a connection. Cause: Connection could not be allocated"))));
        assertTrue(DatabaseUnavailable.causes(new SQLTransientConnectionException("timeout")));
    }

    @Test
    void aRefusedStatementOrABugIsNot() {
        assertFalse(DatabaseUnavailable.causes(new SQLIntegrityConstraintViolationException("dup", "23505")));
        assertFalse(DatabaseUnavailable.causes(new IllegalStateException("bug")));
        assertFalse(DatabaseUnavailable.causes(null));
    }
}
