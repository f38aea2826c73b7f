package vn.motcua.dossier.worklist.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.control.calendar.Urgency;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;

/**
 * What the dossier screen shows, loaded in one transaction: the dossier with its documents, fees, extensions and
 * pinned procedure version; its hand-overs with officers and agencies (form 05); its form data as label and value
 * in the order of the version's fields; where it stands against its due moment; and the actions the current officer
 * may take now (state, process step, permission and agency scope all agree).
 */
public record DossierDetail(
        Dossier dossier,
        List<HandOver> handOvers,
        List<FieldValue> form,
        Set<HandOverAction> actions,
        Urgency urgency,
        BigDecimal remainingWorkingDays,
        Long remainingWorkingMinutes)
        implements Serializable {

    /** One answer of the procedure's form, with the label the pinned version gave the field. */
    public record FieldValue(String label, String value) implements Serializable {}

    /** An officer who may be chosen for a step. */
    public record OfficerChoice(long id, String name) implements Serializable {}
}
