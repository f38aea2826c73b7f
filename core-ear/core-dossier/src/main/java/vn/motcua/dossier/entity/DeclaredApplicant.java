package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What an applicant declared about themselves when submitting online, kept on the dossier. Nobody has checked it yet:
 * it does not change the applicant register until a counter officer accepts the dossier ({@link #applyTo}). The ID
 * number is the dossier's applicant's (that is how the two are matched).
 */
@Embeddable
public class DeclaredApplicant implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "declared_name", length = 255)
    private String name;

    @Column(name = "declared_birth_date")
    private LocalDate birthDate;

    @Column(name = "declared_address", length = 500)
    private String address;

    @Column(name = "declared_phone", length = 30)
    private String phone;

    @Column(name = "declared_email", length = 120)
    private String email;

    protected DeclaredApplicant() {}

    /** The details as typed (the applicant is not stored or changed). */
    public static DeclaredApplicant of(Applicant typed) {
        var declared = new DeclaredApplicant();
        declared.name = typed.getName();
        declared.birthDate = typed.getBirthDate();
        declared.address = typed.getAddress();
        declared.phone = typed.getPhone();
        declared.email = typed.getEmail();
        return declared;
    }

    /** Whether the register holds other details for this applicant than those declared. */
    public boolean differsFrom(Applicant registered) {
        return !Objects.equals(name, registered.getName())
                || !Objects.equals(address, registered.getAddress())
                || !Objects.equals(phone, registered.getPhone())
                || !Objects.equals(email, registered.getEmail())
                || (birthDate != null && !birthDate.equals(registered.getBirthDate()));
    }

    /** Brings the register up to date once an officer has checked the papers (what the counter does at receipt). */
    public void applyTo(Applicant registered) {
        registered.setName(name);
        if (birthDate != null) registered.setBirthDate(birthDate);
        if (address != null) registered.setAddress(address);
        if (phone != null) registered.setPhone(phone);
        if (email != null) registered.setEmail(email);
    }

    public String getName() {
        return name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
