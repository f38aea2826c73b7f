package vn.motcua.plugins.licensing.licence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The particulars of a publication as the applicant declares them and as the licence grants them: typed at the
 * counter into the application, copied into the licence on approval. Messages are keys of the plugin's bundle.
 */
@Embeddable
public class Publication implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{licensing.publicationName.required}")
    @Size(max = 255, message = "{licensing.publicationName.size}")
    @Column(name = "publication_name", nullable = false, length = 255)
    private String publicationName;

    @NotBlank(message = "{licensing.purpose.required}")
    @Size(max = 1000, message = "{licensing.purpose.size}")
    @Column(name = "purpose", nullable = false, length = 1000)
    private String purpose;

    @NotNull(message = "{licensing.periodicity.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "periodicity", nullable = false, length = 20)
    private Periodicity periodicity;

    @NotNull(message = "{licensing.pages.required}")
    @Positive(message = "{licensing.pages.positive}")
    @Max(value = 2000, message = "{licensing.pages.max}")
    @Column(name = "pages", nullable = false)
    private Integer pages;

    @NotNull(message = "{licensing.copies.required}")
    @Positive(message = "{licensing.copies.positive}")
    @Max(value = 1_000_000, message = "{licensing.copies.max}")
    @Column(name = "copies", nullable = false)
    private Integer copies;

    @NotBlank(message = "{licensing.languages.required}")
    @Size(max = 200, message = "{licensing.languages.size}")
    @Column(name = "languages", nullable = false, length = 200)
    private String languages;

    @NotBlank(message = "{licensing.printingHouseName.required}")
    @Size(max = 255, message = "{licensing.printingHouseName.size}")
    @Column(name = "printing_house_name", nullable = false, length = 255)
    private String printingHouseName;

    @NotBlank(message = "{licensing.printingHouseAddress.required}")
    @Size(max = 500, message = "{licensing.printingHouseAddress.size}")
    @Column(name = "printing_house_address", nullable = false, length = 500)
    private String printingHouseAddress;

    @NotBlank(message = "{licensing.responsiblePerson.required}")
    @Size(max = 150, message = "{licensing.responsiblePerson.size}")
    @Column(name = "responsible_person", nullable = false, length = 150)
    private String responsiblePerson;

    public Publication() {}

    /** A copy, so that a licence never shares its particulars with the application it came from. */
    public Publication copy() {
        var copy = new Publication();
        copy.publicationName = trim(publicationName);
        copy.purpose = trim(purpose);
        copy.periodicity = periodicity;
        copy.pages = pages;
        copy.copies = copies;
        copy.languages = trim(languages);
        copy.printingHouseName = trim(printingHouseName);
        copy.printingHouseAddress = trim(printingHouseAddress);
        copy.responsiblePerson = trim(responsiblePerson);
        return copy;
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }

    public String getPublicationName() {
        return publicationName;
    }

    public void setPublicationName(String publicationName) {
        this.publicationName = publicationName;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Periodicity getPeriodicity() {
        return periodicity;
    }

    public void setPeriodicity(Periodicity periodicity) {
        this.periodicity = periodicity;
    }

    public Integer getPages() {
        return pages;
    }

    public void setPages(Integer pages) {
        this.pages = pages;
    }

    public Integer getCopies() {
        return copies;
    }

    public void setCopies(Integer copies) {
        this.copies = copies;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getPrintingHouseName() {
        return printingHouseName;
    }

    public void setPrintingHouseName(String printingHouseName) {
        this.printingHouseName = printingHouseName;
    }

    public String getPrintingHouseAddress() {
        return printingHouseAddress;
    }

    public void setPrintingHouseAddress(String printingHouseAddress) {
        this.printingHouseAddress = printingHouseAddress;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }
}
