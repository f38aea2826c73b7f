package vn.motcua.dossier.intake.control;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;
import vn.motcua.spi.DomainException;

/** What an online submission must hold before it is stored: the first thing to correct, in Vietnamese. */
public final class OnlineChecks {

    /** At most this many scans in one submission. */
    public static final int MAX_FILES = 30;

    private OnlineChecks() {}

    /** The applicant as typed, or the first thing to correct: citizens by 12-digit ID, organisations by tax code. */
    public static Applicant applicant(Applicant given, Validator validator) {
        if (given == null || given.getKind() == null) {
            throw new DomainException("dossier.online.applicant.kindRequired");
        }
        String number = given.getIdNumber() == null ? "" : given.getIdNumber();
        if (number.isEmpty()) {
            throw new DomainException("dossier.applicant.idNumber.required");
        }
        if (given.getKind() == ApplicantKind.CITIZEN && !number.matches("[0-9]{12}")) {
            throw new DomainException("dossier.online.applicant.citizenId");
        }
        if (given.getKind() == ApplicantKind.ORGANISATION && !number.matches("[0-9]{10}|[0-9]{13}")) {
            throw new DomainException("dossier.online.applicant.taxCode");
        }
        if (given.getName() == null) {
            throw new DomainException("dossier.applicant.name.required");
        }
        if (given.getAddress() == null) {
            throw new DomainException("dossier.online.applicant.addressRequired");
        }
        if (given.getPhone() == null) {
            throw new DomainException("dossier.online.applicant.phoneRequired");
        }
        var violations = validator.validate(given);
        if (!violations.isEmpty()) {
            throw new DomainException(
                    "platform.invalid", violations.iterator().next().getMessage());
        }
        return given;
    }

    /**
     * Scans only for this procedure's documents, at least one for every mandatory one, and not too many.
     *
     * @param scannedDocuments the required document of each scan; {@code null} for a scan that is not a stored file
     */
    public static void scans(ProcedureVersion version, List<Long> scannedDocuments) {
        if (scannedDocuments.size() > MAX_FILES) {
            throw new DomainException("dossier.online.file.tooMany", MAX_FILES);
        }
        Set<Long> documents =
                version.getDocuments().stream().map(RequiredDocument::getId).collect(Collectors.toSet());
        if (scannedDocuments.stream().anyMatch(id -> id == null || !documents.contains(id))) {
            throw new DomainException("dossier.online.file.unknownDocument");
        }
        String missing = version.getDocuments().stream()
                .filter(RequiredDocument::isMandatory)
                .filter(d -> scannedDocuments.stream().noneMatch(id -> Objects.equals(id, d.getId())))
                .map(RequiredDocument::getName)
                .collect(Collectors.joining("; "));
        if (!missing.isEmpty()) {
            throw new DomainException("dossier.online.missingScans", missing);
        }
    }
}
