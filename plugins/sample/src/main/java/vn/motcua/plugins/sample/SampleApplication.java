package vn.motcua.plugins.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The sample plugin's details of a dossier: the printing house and its machines. */
@Entity
@Table(name = "sample_application")
public class SampleApplication implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "sample_application_seq", sequenceName = "sample_application_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_application_seq")
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "received_on", nullable = false)
    private java.time.LocalDate receivedOn;

    @NotBlank(message = "{sample.printingHouse.required}")
    @Size(max = 255)
    @Column(name = "printing_house", nullable = false, length = 255)
    private String printingHouse;

    @Min(value = 1, message = "{sample.machines.range}")
    @Max(value = 1000, message = "{sample.machines.range}")
    @Column(nullable = false)
    private int machines;

    @Column(name = "result_number", length = 40)
    private String resultNumber;

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    void belongsTo(long dossierId, long agencyId, java.time.LocalDate receivedOn) {
        this.dossierId = dossierId;
        this.agencyId = agencyId;
        this.receivedOn = receivedOn;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getPrintingHouse() {
        return printingHouse;
    }

    public void setPrintingHouse(String printingHouse) {
        this.printingHouse = printingHouse;
    }

    public int getMachines() {
        return machines;
    }

    public void setMachines(int machines) {
        this.machines = machines;
    }

    public String getResultNumber() {
        return resultNumber;
    }

    void numbered(String resultNumber) {
        this.resultNumber = resultNumber;
    }
}
