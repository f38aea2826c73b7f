package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.motcua.directory.entity.AdministrativeUnit;

/** Choices the generic form needs, read once per request: administrative units for address fields. */
@Named
@RequestScoped
public class FormChoices {

    @PersistenceContext
    EntityManager em;

    private List<SelectItem> units;

    /** Active administrative units in tree order, indented under their parents. */
    public List<SelectItem> getUnits() {
        if (units == null) {
            units = em.createQuery(
                            "select u from AdministrativeUnit u where u.active = :yes order by u.path",
                            AdministrativeUnit.class)
                    .setParameter("yes", true)
                    .getResultStream()
                    .map(u -> new SelectItem(u.getId(), "\u2003".repeat(Math.max(0, u.getDepth() - 1)) + u.getName()))
                    .toList();
        }
        return units;
    }
}
