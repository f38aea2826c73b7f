package vn.motcua.portal.socialwelfare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.plugins.socialwelfare.decision.control.DecisionNumbers;
import vn.motcua.spi.Plugin;

/** In-container fixture: one decision number taken in a transaction of its own, as an approval would. */
@ApplicationScoped
public class NumberingProbe {

    @Inject
    @Plugin(SocialWelfarePlugin.ID)
    DecisionNumbers numbers;

    @Transactional
    public int next(long agencyId, int year) {
        return numbers.next(agencyId, year);
    }
}
