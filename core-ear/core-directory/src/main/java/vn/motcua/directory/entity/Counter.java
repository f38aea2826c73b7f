package vn.motcua.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import vn.motcua.platform.text.Texts;

/** A one-stop counter (bộ phận tiếp nhận và trả kết quả) where an agency receives dossiers and returns results. */
@Entity
@Table(name = "service_counter")
public class Counter implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "service_counter_seq", sequenceName = "service_counter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_counter_seq")
    private Long id;

    @NotBlank(message = "{directory.counter.name.required}")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull(message = "{directory.counter.agency.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Size(max = 255)
    @Column(length = 255)
    private String address;

    @Pattern(regexp = "[0-9 +().-]{0,30}", message = "{directory.phone.pattern}")
    @Column(length = 30)
    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * The agencies it receives for besides its own (receiving on behalf: the service centre's desks for the
     * departments). Its own agency and everything under it always count.
     */
    @ManyToMany
    @JoinTable(
            name = "counter_receives_for",
            joinColumns = @JoinColumn(name = "counter_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private java.util.Set<Agency> receivesFor = new java.util.HashSet<>();

    @Version
    private int version;

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.trim();
    }

    public java.util.Set<Agency> getReceivesFor() {
        return receivesFor;
    }

    /** Whether it receives for that agency: its own agency or one it receives for, or one under them. */
    public boolean receivesFor(Agency deciding) {
        if (deciding == null) {
            return false;
        }
        if (deciding.getPath().startsWith(agency.getPath())) {
            return true;
        }
        return receivesFor.stream().anyMatch(a -> deciding.getPath().startsWith(a.getPath()));
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
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
