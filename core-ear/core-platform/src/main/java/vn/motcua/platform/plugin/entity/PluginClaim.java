package vn.motcua.platform.plugin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A catalog procedure (by national code) that a department plugin claimed at a boot when it was installed. Kept while
 * that plugin is uninstalled by configuration, so its procedures stay its own and are not offered as ordinary ones.
 */
@Entity
@Table(name = "plugin_procedure")
public class PluginClaim implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "national_code", length = 40)
    private String nationalCode;

    @Column(name = "plugin_id", nullable = false, length = 40)
    private String pluginId;

    @Column(name = "claimed_at", nullable = false)
    private LocalDateTime claimedAt;

    protected PluginClaim() {}

    public PluginClaim(String nationalCode, String pluginId, LocalDateTime claimedAt) {
        this.nationalCode = nationalCode;
        this.pluginId = pluginId;
        this.claimedAt = claimedAt;
    }

    /** Another installed plugin now claims the procedure: it moves to that plugin. */
    public void claimedBy(String pluginId, LocalDateTime at) {
        this.pluginId = pluginId;
        this.claimedAt = at;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public String getPluginId() {
        return pluginId;
    }

    public LocalDateTime getClaimedAt() {
        return claimedAt;
    }
}
