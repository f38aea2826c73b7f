package vn.motcua.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.directory.entity.Officer;
import vn.motcua.platform.PlatformStarted;
import vn.motcua.platform.text.SearchBackfill;

/** At start, folds the search column of officers written before it existed (or by SQL, as the demo ones). */
@ApplicationScoped
public class OfficerSearchColumn {

    @Inject
    SearchBackfill backfill;

    void fill(@Observes PlatformStarted started) {
        backfill.fill(Officer.class, Officer::foldSearchText);
    }
}
