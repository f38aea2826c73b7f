package vn.motcua.dossier.control.plugins;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.directory.entity.Agency;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;

/** The read-only copies of dossiers that plugins get ({@link vn.motcua.spi.dossier.DossierSnapshot}). */
public final class DossierSnapshots {

    private static final Jsonb JSON = JsonbBuilder.create();

    private DossierSnapshots() {}

    /** A copy of a stored dossier. */
    public static vn.motcua.spi.dossier.DossierSnapshot of(Dossier dossier) {
        ProcedureVersion version = dossier.getProcedureVersion();
        Agency deciding = dossier.getDecidingAgency(); // the agency that decides, the one it is counted for
        Applicant applicant = dossier.getApplicant();
        return new vn.motcua.spi.dossier.DossierSnapshot(
                dossier.getId() == null ? 0 : dossier.getId(),
                dossier.getCode(),
                dossier.getProcedure().getNationalCode(),
                version.getName(),
                dossier.getState(),
                dossier.getReceivingAgency().getId(),
                dossier.getReceivingAgency().getName(),
                deciding.getId(),
                deciding.getName(),
                applicant.getName(),
                applicant.getIdNumber(),
                applicant.getAddress(),
                dossier.getReceivedAt(),
                dossier.getDueAt(),
                formData(dossier.getFormData()));
    }

    /**
     * A dossier not stored yet, received where it is performed (online, the place the citizen picked): what was
     * entered (id 0, no code).
     */
    public static vn.motcua.spi.dossier.DossierSnapshot draft(
            ProcedureVersion version, Agency receiving, Applicant applicant, Map<String, Object> formData) {
        return draft(version, receiving, receiving, applicant, formData);
    }

    /**
     * A dossier not stored yet: what the counter has entered for the implementing agency (id 0, no code). Its
     * deciding agency is the one the stored dossier will have ({@link ProcedureVersion#decidingFor}).
     */
    public static vn.motcua.spi.dossier.DossierSnapshot draft(
            ProcedureVersion version,
            Agency receiving,
            Agency implementing,
            Applicant applicant,
            Map<String, Object> formData) {
        Agency deciding = version.decidingFor(implementing);
        var values = new LinkedHashMap<String, String>();
        if (formData != null) {
            formData.forEach((k, v) -> values.put(k, v == null ? null : String.valueOf(v)));
        }
        values.values().removeIf(java.util.Objects::isNull);
        return new vn.motcua.spi.dossier.DossierSnapshot(
                0,
                null,
                version.getProcedure().getNationalCode(),
                version.getName(),
                null,
                receiving.getId(),
                receiving.getName(),
                deciding.getId(),
                deciding.getName(),
                applicant.getName(),
                applicant.getIdNumber(),
                applicant.getAddress(),
                null,
                null,
                values);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> formData(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, Object> raw = JSON.fromJson(json, HashMap.class);
        var values = new HashMap<String, String>();
        raw.forEach((k, v) -> {
            if (v != null) {
                values.put(k, String.valueOf(v));
            }
        });
        return values;
    }
}
