package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.motcua.platform.text.Texts;

/** A sector (lĩnh vực) procedures belong to, e.g. "Báo chí - Xuất bản". */
@Entity
public class Sector implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "sector_seq", sequenceName = "sector_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sector_seq")
    private Long id;

    @NotBlank(message = "{catalog.sector.code.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{catalog.code.pattern}")
    @Column(nullable = false, length = 40)
    private String code;

    @NotBlank(message = "{catalog.sector.name.required}")
    @Size(max = 255)
    @Column(nullable = false, length = 255)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = Texts.trimToNull(code);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.trimToNull(name);
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
}
