package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.security.control.SignedInUser;
import vn.motcua.spi.context.OfficerContext;

/** The core's answer to plugins asking who is acting (see {@link OfficerContext} for the guarantees). */
@ApplicationScoped
public class CoreOfficerContext implements OfficerContext {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AgencyScope scope;

    @Inject
    PluginsHere pluginsHere;

    @Inject
    PluginSwitches switches;

    @Override
    public Optional<Long> officerId() {
        return currentUser.signedIn().map(SignedInUser::id);
    }

    @Override
    public String displayName() {
        return currentUser.getDisplayName();
    }

    @Override
    @Transactional
    public Optional<Long> agencyId() {
        return officerId().flatMap(id -> em.createQuery(
                        "select a.id from Officer o join o.agencies a where o.id = :me order by a.path", Long.class)
                .setParameter("me", id)
                .setMaxResults(1)
                .getResultStream()
                .findFirst());
    }

    @Override
    @Transactional
    public Set<Long> agencyIdsInScope() {
        if (officerId().isEmpty()) {
            return Set.of();
        }
        List<Long> ids = scope.unrestricted()
                ? em.createQuery("select a.id from Agency a", Long.class).getResultList()
                : em.createQuery(
                                "select distinct a.id from Agency a, Officer o join o.agencies mine"
                                        + " where o.id = :me and a.path like concat(mine.path, '%')",
                                Long.class)
                        .setParameter("me", officerId().get())
                        .getResultList();
        return Set.copyOf(ids);
    }

    @Override
    public boolean permitted(String permission) {
        return currentUser.permitted(permission);
    }

    @Override
    public boolean pluginEnabled(String pluginId) {
        try {
            return pluginsHere.enabled(pluginId);
        } catch (ContextNotActiveException outsideARequest) {
            return switches.enabledForMe().contains(pluginId);
        }
    }
}
