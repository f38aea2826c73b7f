package vn.motcua.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.platform.PlatformStarted;
import vn.motcua.platform.text.SearchBackfill;

/** At start, folds the search column of procedures written before it existed (or by SQL, as the demo catalog). */
@ApplicationScoped
public class ProcedureSearchColumn {

    @Inject
    SearchBackfill backfill;

    void fill(@Observes PlatformStarted started) {
        backfill.fill(Procedure.class, Procedure::foldSearchText);
    }
}
