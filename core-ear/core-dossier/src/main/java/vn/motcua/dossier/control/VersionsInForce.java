package vn.motcua.dossier.control;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.catalog.boundary.ProcedureAdministration;
import vn.motcua.catalog.entity.ProcedureVersion;

/**
 * The version of a procedure in force on a day ({@link ProcedureAdministration#versionInForce}, with its documents,
 * fees and steps), read once per transaction: a receipt at the counter needs it in {@code DossierReception} (the
 * implementing agency, the plugin) and again in the workflow's intake, which is called from there or on its own. The
 * second read was three queries of every receipt for the very entity the persistence context already held.
 */
@TransactionScoped
public class VersionsInForce implements Serializable {

    private static final long serialVersionUID = 1L;

    private record Key(long procedureId, LocalDate day) {}

    @Inject
    ProcedureAdministration procedures;

    private final transient Map<Key, Optional<ProcedureVersion>> read = new HashMap<>();

    /** Call inside a transaction. */
    public Optional<ProcedureVersion> of(long procedureId, LocalDate day) {
        return read.computeIfAbsent(new Key(procedureId, day), k -> procedures.versionInForce(procedureId, day));
    }
}
