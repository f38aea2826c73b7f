package vn.motcua.platform.secret.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Base64;

/** A random secret the installation made for itself, by purpose; never changed once written. */
@Entity
@Table(name = "installation_secret")
public class InstallationSecret implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "name", length = 40)
    private String name;

    /** Base64 of the random bytes. */
    @Column(name = "secret", nullable = false, length = 100)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected InstallationSecret() {}

    public InstallationSecret(String name, byte[] secret, LocalDateTime createdAt) {
        this.name = name;
        this.secret = Base64.getEncoder().encodeToString(secret);
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public byte[] bytes() {
        return Base64.getDecoder().decode(secret);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
