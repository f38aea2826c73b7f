package vn.motcua.catalog.control;

import vn.motcua.catalog.entity.ProcedureVersion;

/**
 * Whether citizens can submit a procedure's dossier online today. The catalog says how a procedure may legally be
 * done (its online level); whether this portal takes it online also depends on the dossier component (e.g. the
 * procedure belongs to a department plugin that no agency has switched on). The dossier component answers; the
 * catalog's public page only asks, and without an answer goes by the online level alone.
 */
public interface OnlineOffer {

    /** True when the online submission page offers this version's procedure today. */
    boolean offeredOnline(ProcedureVersion version);
}
