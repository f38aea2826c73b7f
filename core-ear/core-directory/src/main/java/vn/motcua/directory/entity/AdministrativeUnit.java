package vn.motcua.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A province, commune, ward… — a node of the administrative tree; its level is a name admins choose. */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit implements TreeNode, Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "administrative_unit_seq", sequenceName = "administrative_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "administrative_unit_seq")
    private Long id;

    @NotBlank(message = "{directory.unit.code.required}")
    @Pattern(regexp = "[0-9A-Za-z.\\-]{1,20}", message = "{directory.unit.code.pattern}")
    @Column(nullable = false, length = 20)
    private String code;

    @NotBlank(message = "{directory.unit.name.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank(message = "{directory.unit.level.required}")
    @Size(max = 50)
    @Column(name = "level_name", nullable = false, length = 50)
    private String levelName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AdministrativeUnit parent;

    @Column(nullable = false, length = 400)
    private String path = "/";

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getLevelName() {
        return levelName;
    }

    public void setLevelName(String levelName) {
        this.levelName = levelName == null ? null : levelName.trim();
    }

    @Override
    public AdministrativeUnit getParent() {
        return parent;
    }

    public void setParent(AdministrativeUnit parent) {
        this.parent = parent;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public void setPath(String path) {
        this.path = path;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }

    public int getDepth() {
        return Trees.depth(path);
    }
}
