package vn.motcua.portal.socialwelfare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.plugins.socialwelfare.decision.control.DecisionNumbers;

/** In-container fixture: one decision number taken in a transaction of its own, as an approval would. */
@ApplicationScoped
public class NumberingProbe {

    @Inject
    DecisionNumbers numbers;

    @Transactional
    public int next(long agencyId, int year) {
        return numbers.next(agencyId, year);
    }
}
