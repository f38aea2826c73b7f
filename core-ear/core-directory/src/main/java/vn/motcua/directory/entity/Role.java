package vn.motcua.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.platform.text.Texts;

/**
 * A named set of permissions (Shiro wildcard strings such as {@code dossier:receive} or {@code directory:*}).
 * What a role allows is the permission; where, is the agency scope of the officer who holds it.
 */
@Entity
@Table(name = "app_role")
public class Role implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "app_role_seq", sequenceName = "app_role_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_role_seq")
    private Long id;

    @NotBlank(message = "{directory.role.code.required}")
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "{directory.role.code.pattern}")
    @Column(nullable = false, length = 40)
    private String code;

    @NotBlank(message = "{directory.role.name.required}")
    @Size(max = 150)
    @Column(nullable = false, length = 150)
    private String name;

    @Size(max = 500)
    @Column(length = 500)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission", nullable = false, length = 120)
    private Set<String> permissions = new TreeSet<>();

    @Version
    private int version;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Texts.trimToNull(description);
    }

    public Set<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(Set<String> permissions) {
        this.permissions = new TreeSet<>(permissions);
    }

    public int getVersion() {
        return version;
    }
}
