package vn.motcua.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.platform.PlatformStarted;
import vn.motcua.platform.text.SearchBackfill;

/** At start, folds the search column of applicants written before it existed. */
@ApplicationScoped
public class ApplicantSearchColumn {

    @Inject
    SearchBackfill backfill;

    void fill(@Observes PlatformStarted started) {
        backfill.fill(Applicant.class, Applicant::foldSearchText);
    }
}
