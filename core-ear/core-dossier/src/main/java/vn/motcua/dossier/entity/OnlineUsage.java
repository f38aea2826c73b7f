package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What one client (a hashed address) uploaded and submitted online since the start of its current window: the memory
 * of the online submission quota, in the database so every server of a cluster counts the same use. Never cached (the
 * counts change by bulk updates on any server); rows older than the window are worth nothing and are swept away.
 */
@Entity
@Table(name = "online_usage")
public class OnlineUsage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "client_key", length = 64)
    private String clientKey;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "uploaded_bytes", nullable = false)
    private long uploadedBytes;

    @Column(nullable = false)
    private int submissions;

    protected OnlineUsage() {}

    /** A client's new window, nothing used yet. */
    public OnlineUsage(String clientKey, LocalDateTime windowStart) {
        this.clientKey = clientKey;
        this.windowStart = windowStart;
    }

    public String getClientKey() {
        return clientKey;
    }

    public LocalDateTime getWindowStart() {
        return windowStart;
    }

    public long getUploadedBytes() {
        return uploadedBytes;
    }

    public int getSubmissions() {
        return submissions;
    }
}
