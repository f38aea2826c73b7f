package vn.motcua.plugins.licensing.licence.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.LicensingProcedures;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicensingApplication;
import vn.motcua.plugins.licensing.licence.entity.Periodicity;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.context.OfficerContext;

/**
 * Helps the plugin's form fragments inside the core's counter form: the choices a procedure offers, and for an
 * amendment "fill from the licence", which copies the particulars of the licence named into the form so the officer
 * only changes what changes. Holds no state: the details object is the core's, passed in.
 */
@Named("licensingForm")
@RequestScoped
public class LicensingForm {

    @Inject
    LicenceRegistry registry;

    @Inject
    OfficerContext officer;

    /** A bulletin is periodical; a non-commercial publication may also be printed once. */
    public List<Periodicity> periodicities(String procedureCode) {
        return LicensingProcedures.NON_COMMERCIAL.equals(procedureCode)
                ? List.of(Periodicity.values())
                : Arrays.stream(Periodicity.values())
                        .filter(p -> p != Periodicity.ONE_OFF)
                        .toList();
    }

    public boolean isAmendment(String procedureCode) {
        return LicensingProcedures.AMENDMENT.equals(procedureCode);
    }

    /** Whether the signed-in officer may look licences up (the fill button shows only then). */
    public boolean isLookupAllowed() {
        return officer.permitted(LicensingPlugin.LICENCE_VIEW);
    }

    /**
     * Copies the particulars of the licence named in the amendment into the form. Whether that licence may be amended
     * (valid, same holder) is checked when the dossier is received, when the applicant is known.
     */
    public void fillFromLicence(LicensingApplication details) {
        Licence licence = registry.find(details.getAmendedNumber(), details.getAmendedYear())
                .orElseThrow(() -> new DomainException(
                        "licensing.licence.notFound",
                        details.getAmendedNumber() == null ? "" : details.getAmendedNumber(),
                        details.getAmendedYear() == null ? "" : String.valueOf(details.getAmendedYear())));
        details.setPublication(licence.getPublication().copy());
        details.setAmendedNumber(licence.getNumber());
    }
}
