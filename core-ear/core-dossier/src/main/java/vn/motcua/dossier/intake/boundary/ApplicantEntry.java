package vn.motcua.dossier.intake.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;

/**
 * The applicant fields of a receipt or an online submission as the page edits them ({@code #{v.applicant.name}}):
 * nothing is checked here; the facade that receives the dossier checks the {@link Applicant} made from them.
 */
public class ApplicantEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    private ApplicantKind kind = ApplicantKind.CITIZEN;
    private String idNumber;
    private String name;
    private LocalDate birthDate;
    private String address;
    private String phone;
    private String email;

    /** A new, unsaved applicant holding what was typed. */
    public Applicant toApplicant() {
        var applicant = new Applicant();
        applicant.setKind(kind);
        applicant.setIdNumber(idNumber);
        applicant.setName(name);
        applicant.setBirthDate(birthDate);
        applicant.setAddress(address);
        applicant.setPhone(phone);
        applicant.setEmail(email);
        return applicant;
    }

    /** Fills the fields from an applicant already in the register. */
    public void show(Applicant known) {
        idNumber = known.getIdNumber();
        name = known.getName();
        birthDate = known.getBirthDate();
        address = known.getAddress();
        phone = known.getPhone();
        email = known.getEmail();
    }

    public ApplicantKind[] getKinds() {
        return ApplicantKind.values();
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
        this.idNumber = idNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
