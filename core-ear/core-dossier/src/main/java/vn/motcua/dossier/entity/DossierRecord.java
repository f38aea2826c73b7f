package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;
import vn.motcua.platform.text.Texts;

/**
 * What a dossier records besides its lifecycle, columns of {@code dossier}: what the applicant declared online, the
 * applicant's form answers, the officer's note, the line of the register book it was entered in, the result document
 * issued and how the result reaches the applicant (with the recipient and, by post, the tracking number).
 */
@MappedSuperclass
public abstract class DossierRecord extends DossierDates {
    private static final long serialVersionUID = 1L;

    /** What the applicant declared when submitting online, unchecked until the counter accepts it. */
    @Embedded
    private DeclaredApplicant declared;

    @Embedded
    private ResultDelivery delivery;

    @Column(name = "form_data", length = 1_000_000)
    private String formData;

    /** The number of the result document a plugin issued (licence, decision...), if any. */
    @Column(name = "result_number", length = 60)
    private String resultNumber;

    @Column(name = "result_title", length = 255)
    private String resultTitle;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_file_id")
    private DossierFile resultFile;

    @Column(length = 1000)
    private String note;

    /** The register book (form 06) the dossier was entered in at receipt: its year, and the line in it. */
    @Column(name = "register_year")
    private Integer registerYear;

    @Column(name = "register_number")
    private Integer registerNumber;

    /** How the result will reach the applicant, as chosen at receipt ({@code null}: not said). */
    public ResultDelivery getDelivery() {
        return delivery;
    }

    public void setDelivery(ResultDelivery delivery) {
        this.delivery = delivery;
    }

    /** Records who received the result and, by post, the tracking number. */
    public void delivered(String recipient, String trackingNumber) {
        if (delivery == null) {
            delivery = new ResultDelivery(null);
        }
        delivery.delivered(recipient, trackingNumber);
    }

    /** Entered in the register book of that year at that line (at receipt). */
    public void entered(int year, int number) {
        this.registerYear = year;
        this.registerNumber = number;
    }

    public Integer getRegisterYear() {
        return registerYear;
    }

    public Integer getRegisterNumber() {
        return registerNumber;
    }

    public String getFormData() {
        return formData;
    }

    public void setFormData(String formData) {
        this.formData = formData;
    }

    public String getResultNumber() {
        return resultNumber;
    }

    public String getResultTitle() {
        return resultTitle;
    }

    public DossierFile getResultFile() {
        return resultFile;
    }

    /** The result document issued: its number, title and file ({@link Dossier#resultIssued}). */
    protected void result(String number, String title, DossierFile file) {
        this.resultNumber = number;
        this.resultTitle = title;
        this.resultFile = file;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Texts.trimToNull(note);
    }

    public DeclaredApplicant getDeclared() {
        return declared;
    }

    protected void declared(DeclaredApplicant declared) {
        this.declared = declared;
    }
}
