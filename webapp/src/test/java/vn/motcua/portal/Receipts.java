package vn.motcua.portal;

import jakarta.persistence.EntityManager;
import java.util.List;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;

/** What the in-container tests hand in at the counter. Add it to the test's deployment. */
public final class Receipts {

    private Receipts() {}

    /** Every required document of the procedure's first version, ticked as received with its usual copies. */
    public static List<DossierWorkflow.DocumentTick> everyDocument(EntityManager em, long procedureId) {
        return em.createQuery(
                        "select d.id, d.name, d.copyKind, d.copies from RequiredDocument d"
                                + " where d.procedureVersion.procedure.id = :p and d.procedureVersion.number = 1"
                                + " order by d.position",
                        Object[].class)
                .setParameter("p", procedureId)
                .getResultStream()
                .map(r -> new DossierWorkflow.DocumentTick(
                        (Long) r[0], (String) r[1], (CopyKind) r[2], (Integer) r[3], true))
                .toList();
    }
}
