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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.motcua.platform.text.Texts;

/**
 * A body of the state: the Provincial People's Committee, a department, a division, a commune. Its national
 * identifier code (mã định danh) is printed in every dossier code the agency issues.
 */
@Entity
@Table(name = "agency")
public class Agency implements TreeNode, Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @NotBlank(message = "{directory.agency.code.required}")
    @Pattern(regexp = "[0-9A-Za-z.\\-]{2,40}", message = "{directory.agency.code.pattern}")
    @Column(nullable = false, length = 40)
    private String code;

    @NotBlank(message = "{directory.agency.name.required}")
    @Size(max = 255)
    @Column(nullable = false, length = 255)
    private String name;

    @Size(max = 100)
    @Column(name = "short_name", length = 100)
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "administrative_unit_id")
    private AdministrativeUnit administrativeUnit;

    @Size(max = 255)
    @Column(length = 255)
    private String address;

    @Pattern(regexp = "[0-9 +().-]{0,30}", message = "{directory.phone.pattern}")
    @Column(length = 30)
    private String phone;

    @Email(message = "{directory.email.pattern}")
    @Size(max = 120)
    @Column(length = 120)
    private String email;

    @Column(nullable = false, length = 400)
    private String path = "/";

    /** Its kind (commune, department...), for procedures performed by "every agency of a kind". */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kind_id")
    private AgencyKind kind;

    /** The agency it was merged into (set by a reorganisation; it stays for history and reports). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Agency successor;

    @Column(name = "succeeded_at")
    private java.time.LocalDateTime succeededAt;

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

    /** Stored in capitals, as the codes are published ({@code 000.00.12.H99}), whatever case was typed. */
    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = Texts.trimToNull(shortName);
    }

    @Override
    public Agency getParent() {
        return parent;
    }

    public void setParent(Agency parent) {
        this.parent = parent;
    }

    public AdministrativeUnit getAdministrativeUnit() {
        return administrativeUnit;
    }

    public void setAdministrativeUnit(AdministrativeUnit administrativeUnit) {
        this.administrativeUnit = administrativeUnit;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Texts.trimToNull(address);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Texts.trimToNull(phone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Texts.trimToNull(email);
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

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public Agency getSuccessor() {
        return successor;
    }

    public java.time.LocalDateTime getSucceededAt() {
        return succeededAt;
    }

    public int getDepth() {
        return Trees.depth(path);
    }
}
