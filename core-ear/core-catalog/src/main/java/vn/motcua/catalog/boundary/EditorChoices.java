package vn.motcua.catalog.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.ReferenceItem;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;

/**
 * The choice lists of the procedure editor (sectors, agencies, roles, document types). They are copies the editor may
 * add to: a version's sector, agency, role or document type outside the lists (an officer's scope is narrower than the
 * deciding agency, a choice was deactivated) is still shown.
 */
final class EditorChoices implements Serializable {
    private static final long serialVersionUID = 1L;

    final List<Sector> sectors;
    final List<Agency> agencies;
    final List<Role> roles;
    final List<ReferenceItem> documentTypes;

    EditorChoices(List<Sector> sectors, List<Agency> agencies, List<Role> roles, List<ReferenceItem> documentTypes) {
        this.sectors = new ArrayList<>(sectors);
        this.agencies = new ArrayList<>(agencies);
        this.roles = new ArrayList<>(roles);
        this.documentTypes = new ArrayList<>(documentTypes);
    }

    /** Makes the version's rows point at the very objects of the lists, so the menus show what is selected. */
    void canonicalise(ProcedureVersion version) {
        version.setSector(same(sectors, version.getSector(), Sector::getId));
        version.setDecidingAgency(same(agencies, version.getDecidingAgency(), Agency::getId));
        for (ProcessStep step : version.getSteps()) {
            step.setRole(same(roles, step.getRole(), Role::getId));
            step.setAgency(same(agencies, step.getAgency(), Agency::getId));
        }
        for (RequiredDocument document : version.getDocuments()) {
            document.setDocumentType(same(documentTypes, document.getDocumentType(), ReferenceItem::getId));
        }
    }

    private static <T> T same(List<T> choices, T value, Function<T, Long> id) {
        if (value == null) {
            return null;
        }
        for (T choice : choices) {
            if (id.apply(choice).equals(id.apply(value))) {
                return choice;
            }
        }
        choices.add(value); // outside the list (deactivated, out of scope): still shown
        return value;
    }
}
