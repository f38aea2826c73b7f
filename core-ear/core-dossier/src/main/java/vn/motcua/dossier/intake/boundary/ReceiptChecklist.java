package vn.motcua.dossier.intake.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow.DocumentTick;

/**
 * What the procedure chosen at the counter asks for ({@code #{v.checklist.ticks}}): the version in force today, the
 * agencies the counter may receive it for, the documents to tick, the form's values and the fees. Emptied when
 * another procedure is chosen.
 */
public class ReceiptChecklist implements Serializable {
    private static final long serialVersionUID = 1L;

    private ProcedureVersion version;
    private List<OnlineSubmitView.Place> implementingAgencies = List.of();
    private Long decidingAgencyId;
    private List<CounterTick> ticks = new ArrayList<>();
    private Map<String, Object> formValues = new HashMap<>();
    private List<CounterFeeLine> fees = new ArrayList<>();

    /** Nothing chosen: no version, no documents, no form, no fees. */
    void clear() {
        version = null;
        implementingAgencies = List.of();
        decidingAgencyId = null;
        ticks = new ArrayList<>();
        formValues = new HashMap<>();
        fees = new ArrayList<>();
    }

    /** The version's documents and fees; an agency is chosen already when the counter receives for one only. */
    void load(ProcedureVersion version, List<OnlineSubmitView.Place> agencies) {
        this.version = version;
        implementingAgencies = agencies;
        if (agencies.size() == 1) {
            decidingAgencyId = agencies.get(0).id();
        }
        ticks = CounterTick.of(version);
        fees = CounterFeeLine.of(version);
    }

    /** The documents as ticked, for the receive request. */
    List<DocumentTick> documentTicks() {
        return ticks.stream()
                .map(t -> new DocumentTick(
                        t.getRequiredDocumentId(), t.getName(), t.getCopyKind(), t.getCopies(), t.isReceived()))
                .toList();
    }

    /** The form's values as stored: empty values left out, in the order of the fields. */
    Map<String, Object> formData() {
        var data = new LinkedHashMap<String, Object>();
        for (FormField field : getFormFields()) {
            for (String key : List.of(field.getKey(), field.getKey() + ".unit")) {
                Object value = formValues.get(key);
                if (value instanceof String s && s.isBlank()) {
                    continue;
                }
                if (value != null) {
                    data.put(key, value instanceof LocalDate d ? d.toString() : value);
                }
            }
        }
        return data;
    }

    /** Mandatory documents not ticked as received. */
    public List<CounterTick> getMissing() {
        return ticks.stream().filter(t -> t.isMandatory() && !t.isReceived()).toList();
    }

    public List<FormField> getFormFields() {
        return version == null ? List.of() : version.getFormFields();
    }

    public String documentName(Long requiredDocumentId) {
        return ticks.stream()
                .filter(t -> t.getRequiredDocumentId().equals(requiredDocumentId))
                .map(CounterTick::getName)
                .findFirst()
                .orElse("");
    }

    public String amountText(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.forLanguageTag("vi"), "%,d đ", amount.longValue());
    }

    public ProcedureVersion getVersion() {
        return version;
    }

    public List<OnlineSubmitView.Place> getImplementingAgencies() {
        return implementingAgencies;
    }

    public Long getDecidingAgencyId() {
        return decidingAgencyId;
    }

    public void setDecidingAgencyId(Long decidingAgencyId) {
        this.decidingAgencyId = decidingAgencyId;
    }

    public List<CounterTick> getTicks() {
        return ticks;
    }

    public Map<String, Object> getFormValues() {
        return formValues;
    }

    public List<CounterFeeLine> getFees() {
        return fees;
    }
}
