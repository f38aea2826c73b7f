package vn.motcua.plugins.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A plugin entity in the portal's one persistence unit; refers to a core row (an agency) by id only. */
@Entity
@Table(name = "sample_note")
public class SampleNote {

    @Id
    @SequenceGenerator(name = "sample_note_seq", sequenceName = "sample_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_note_seq")
    private Long id;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(nullable = false, length = 200)
    private String text;

    protected SampleNote() {}

    public SampleNote(long agencyId, String text) {
        this.agencyId = agencyId;
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public String getText() {
        return text;
    }
}
