package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.text.Texts;

/** A citizen (by personal ID number) or an organisation (by tax code) who hands in dossiers. */
@Entity
public class Applicant implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "applicant_seq", sequenceName = "applicant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applicant_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicantKind kind = ApplicantKind.CITIZEN;

    /** 12 digits (citizen ID), 9 (old ID card), or a 10/13-digit tax code ("0101234567-001" kept as digits). */
    @NotBlank(message = "{dossier.applicant.idNumber.required}")
    @Pattern(regexp = "[0-9]{9}|[0-9]{10}|[0-9]{12}|[0-9]{13}", message = "{dossier.applicant.idNumber.pattern}")
    @Column(name = "id_number", nullable = false, length = 20)
    private String idNumber;

    @NotBlank(message = "{dossier.applicant.name.required}")
    @Size(max = 255)
    @Column(nullable = false, length = 255)
    private String name;

    /** {@code name} folded for accent-insensitive search ({@link SearchText}), written with the row. */
    @Column(name = "search_text", length = 300)
    private String searchText;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Size(max = 500)
    @Column(length = 500)
    private String address;

    @Pattern(regexp = "[0-9 +().-]{0,30}", message = "{directory.phone.pattern}")
    @Column(length = 30)
    private String phone;

    @Email(message = "{dossier.applicant.email.pattern}")
    @Size(max = 120)
    @Column(length = 120)
    private String email;

    @Version
    private int version;

    public Long getId() {
        return id;
    }

    public ApplicantKind getKind() {
        return kind;
    }

    public void setKind(ApplicantKind kind) {
        this.kind = kind;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber == null ? null : idNumber.replaceAll("[\\s.-]", "");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.trimToNull(name);
        foldSearchText();
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
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

    public int getVersion() {
        return version;
    }
    /** Writes the search column from the current name (also run on rows that predate the column). */
    @PrePersist
    @PreUpdate
    public void foldSearchText() {
        searchText = SearchText.fold(300, name);
    }

    public String getSearchText() {
        return searchText;
    }
}
