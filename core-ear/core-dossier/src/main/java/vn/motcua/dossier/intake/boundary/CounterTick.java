package vn.motcua.dossier.intake.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;

/** A required document as ticked at the counter. */
public class CounterTick implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long requiredDocumentId;
    private final String name;
    private final CopyKind copyKind;
    private final boolean mandatory;
    private int copies;
    private boolean received;

    CounterTick(Long requiredDocumentId, String name, CopyKind copyKind, int copies, boolean mandatory) {
        this.requiredDocumentId = requiredDocumentId;
        this.name = name;
        this.copyKind = copyKind;
        this.copies = copies;
        this.mandatory = mandatory;
    }

    /** The version's documents, none ticked yet. */
    static List<CounterTick> of(ProcedureVersion version) {
        List<CounterTick> ticks = new ArrayList<>();
        for (RequiredDocument d : version.getDocuments()) {
            ticks.add(new CounterTick(d.getId(), d.getName(), d.getCopyKind(), d.getCopies(), d.isMandatory()));
        }
        return ticks;
    }

    public Long getRequiredDocumentId() {
        return requiredDocumentId;
    }

    public String getName() {
        return name;
    }

    public CopyKind getCopyKind() {
        return copyKind;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public int getCopies() {
        return copies;
    }

    public void setCopies(int copies) {
        this.copies = copies;
    }

    public boolean isReceived() {
        return received;
    }

    public void setReceived(boolean received) {
        this.received = received;
    }
}
