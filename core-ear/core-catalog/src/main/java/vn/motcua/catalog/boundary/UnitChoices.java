package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.motcua.directory.entity.AdministrativeUnit;
import vn.motcua.platform.cache.boundary.LastKnown;

/**
 * The active administrative units as a form's choices, read from the database at each request (a unit added on
 * another server shows at once); this server's last read is kept and served while the database cannot be reached
 * ({@link LastKnown}).
 */
@ApplicationScoped
public class UnitChoices {

    @PersistenceContext
    EntityManager em;

    private final LastKnown<List<SelectItem>> last = new LastKnown<>();

    /** Active administrative units in tree order, indented under their parents. */
    public List<SelectItem> active() {
        return last.read(() -> em.createQuery(
                        "select u from AdministrativeUnit u where u.active = :yes order by u.path",
                        AdministrativeUnit.class)
                .setParameter("yes", true)
                .getResultStream()
                .map(u -> new SelectItem(u.getId(), "\u2003".repeat(Math.max(0, u.getDepth() - 1)) + u.getName()))
                .toList());
    }
}
