package vn.motcua.catalog.entity;

import java.io.Serializable;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;

/**
 * Who does one process step of a dossier: the agency (an implementing agency's own division when it mapped the step
 * so) and the role whose officers do it there, {@code null} for the step's own role.
 */
public record StepActor(Agency agency, Role role) implements Serializable {

    /** The agency, with the step's own role. */
    public static StepActor at(Agency agency) {
        return new StepActor(agency, null);
    }
}
