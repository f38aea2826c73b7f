package vn.motcua.dossier.control.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.control.OnlineOffer;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.PerformerRule;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.directory.boundary.PluginSwitches;

/**
 * Which procedures the portal takes online today: those whose online level allows it, unless a department plugin
 * serves the procedure and is not switched on where the dossier would go (its deciding agency; for a procedure done
 * by several agencies, anywhere). The online submission page lists these; the catalog's public page links to
 * online submission only for these.
 */
@ApplicationScoped
public class OnlineOffers implements OnlineOffer {

    @Inject
    PluginProcedures plugins;

    @Inject
    PluginSwitches pluginSwitches;

    @Override
    public boolean offeredOnline(ProcedureVersion version) {
        return offeredOnline(version, new HashMap<>());
    }

    /**
     * {@link #offeredOnline(ProcedureVersion)} for many versions: {@code enabledByAgency} keeps the plugins switched
     * on per deciding agency between calls (one query per agency, not per procedure).
     */
    public boolean offeredOnline(ProcedureVersion version, Map<Long, Set<String>> enabledByAgency) {
        if (version.getOnlineLevel() == OnlineLevel.NONE) {
            return false;
        }
        return plugins.pluginOf(version.getProcedure().getNationalCode())
                .map(id -> version.getPerformers() == PerformerRule.DECIDING
                        ? enabledByAgency
                                .computeIfAbsent(version.getDecidingAgency().getId(), pluginSwitches::enabledFor)
                                .contains(id)
                        : !pluginSwitches.enabledPaths(id).isEmpty())
                .orElse(true);
    }
}
