package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * Failed public lookups of one client (a hashed address) since the start of its current window: the throttle's
 * memory, in the database so every server of a cluster counts the same attempts. Rows older than the window are
 * worth nothing and are swept away.
 */
@Entity
@Table(name = "lookup_attempt")
public class LookupAttempt implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "client_key", length = 64)
    private String clientKey;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(nullable = false)
    private int failures;

    protected LookupAttempt() {}

    /** The first failure of a client in a new window. */
    public LookupAttempt(String clientKey, LocalDateTime at) {
        this.clientKey = clientKey;
        this.windowStart = at;
        this.failures = 1;
    }

    public String getClientKey() {
        return clientKey;
    }

    public LocalDateTime getWindowStart() {
        return windowStart;
    }

    public int getFailures() {
        return failures;
    }
}
