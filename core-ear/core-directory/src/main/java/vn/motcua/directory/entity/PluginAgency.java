package vn.motcua.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** A department plugin switched on for an agency and every agency below it (the per-agency switch). */
@Entity
@Table(name = "plugin_agency")
@IdClass(PluginAgency.Key.class)
public class PluginAgency implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The composite key: plugin id and agency id. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String pluginId;
        private Long agencyId;

        public Key() {}

        public Key(String pluginId, Long agencyId) {
            this.pluginId = pluginId;
            this.agencyId = agencyId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(pluginId, key.pluginId)
                    && Objects.equals(agencyId, key.agencyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pluginId, agencyId);
        }
    }

    @Id
    @Column(name = "plugin_id", length = 40)
    private String pluginId;

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "enabled_at", nullable = false)
    private LocalDateTime enabledAt;

    @Column(name = "enabled_by", nullable = false, length = 100)
    private String enabledBy;

    protected PluginAgency() {}

    public PluginAgency(String pluginId, long agencyId, LocalDateTime enabledAt, String enabledBy) {
        this.pluginId = pluginId;
        this.agencyId = agencyId;
        this.enabledAt = enabledAt;
        this.enabledBy = enabledBy;
    }

    public String getPluginId() {
        return pluginId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public LocalDateTime getEnabledAt() {
        return enabledAt;
    }

    public String getEnabledBy() {
        return enabledBy;
    }
}
