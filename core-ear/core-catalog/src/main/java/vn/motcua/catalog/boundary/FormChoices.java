package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Choices the generic form needs, read once per request: administrative units for address fields. Faces reads them
 * twice on a form's post: while checking the posted value against them (before the action) and while writing the
 * answer. While the database cannot be reached, this server's last read is served ({@link UnitChoices}): the post then
 * reaches its action and is answered on its own page ("try again", what was typed kept) instead of the error page.
 */
@Named
@RequestScoped
public class FormChoices {

    @Inject
    UnitChoices all;

    private List<SelectItem> units;

    /** Active administrative units in tree order, indented under their parents. */
    public List<SelectItem> getUnits() {
        if (units == null) {
            units = all.active();
        }
        return units;
    }
}
