package vn.motcua.plugins.socialwelfare.application.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.spi.procedure.StepCompletion;
import vn.motcua.spi.procedure.StepHandler;

/**
 * Rates and categories may change while a dossier is processed: before it is forwarded to the leader, the rules
 * are run again against what is in force now, so the officer (not the leader) learns that e.g. the category was
 * withdrawn or the household is now above a new poverty line. Approval re-checks in {@code issueResult}. A dossier
 * received while the plugin was not enabled at the counter has no details and runs as a generic procedure.
 */
@ApplicationScoped
public class RecheckBeforeForward implements StepHandler {

    @Inject
    AllowanceHandler allowances;

    @Inject
    HouseholdHandler households;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(SocialWelfarePlugin.ALLOWANCE, SocialWelfarePlugin.POOR_HOUSEHOLD);
    }

    @Override
    public void beforeLeaving(StepCompletion step) {
        if (!"FORWARD".equals(step.action())) {
            return;
        }
        // A dossier received while the plugin was off here has no details: it runs as a generic procedure.
        long id = step.dossier().id();
        if (SocialWelfarePlugin.ALLOWANCE.equals(step.dossier().procedureCode())) {
            allowances.details(id).ifPresent(details -> allowances.check(details, step.dossier()));
        } else {
            households.details(id).ifPresent(details -> households.check(details, step.dossier()));
        }
    }
}
