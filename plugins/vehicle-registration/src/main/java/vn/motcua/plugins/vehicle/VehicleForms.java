package vn.motcua.plugins.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.plugins.vehicle.badge.boundary.BadgeHandler;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.badge.control.VehicleType;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
import vn.motcua.plugins.vehicle.licence.boundary.LicenceHandler;
import vn.motcua.plugins.vehicle.licence.control.HealthCertificates;
import vn.motcua.plugins.vehicle.licence.control.HeldClass;
import vn.motcua.plugins.vehicle.licence.control.LicenceClass;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.plugins.vehicle.licence.entity.ReissueReason;
import vn.motcua.spi.context.OfficerContext;

/**
 * What the plugin's form and view fragments (included in the core's counter and dossier screens) need besides the
 * details object: the choices of each menu, the classes a held licence converts into, and the licence or badge
 * issued for a dossier. Read-only; the dossier screen itself decides who sees the dossier.
 */
@Named("vehicleRegistrationForms")
@ApplicationScoped
public class VehicleForms {

    @Inject
    LicenceHandler licences;

    @Inject
    BadgeHandler badges;

    @Inject
    OfficerContext officer;

    /** Every class code an officer may copy from a licence: 2024 classes first, then the 2008-only ones. */
    public List<String> getHeldClasses() {
        return HeldClass.allCodes();
    }

    public List<String> getNewClasses() {
        return java.util.Arrays.stream(LicenceClass.values())
                .map(LicenceClass::code)
                .toList();
    }

    public ReissueReason[] getReissueReasons() {
        return ReissueReason.values();
    }

    public VehicleType[] getVehicleTypes() {
        return VehicleType.values();
    }

    public BadgeKind[] getBadgeKinds() {
        return BadgeKind.values();
    }

    public boolean reissue(String procedureCode) {
        return VehicleRegistrationPlugin.REISSUE.equals(procedureCode);
    }

    /** The 2024 classes the licence being typed converts into ("B, C1"), or empty while class or date is missing. */
    public String targets(LicenceApplication details) {
        if (details == null) {
            return "";
        }
        return HeldClass.of(details.getLicenceClass(), details.getIssuedOn())
                .map(c -> String.join(
                        ", ", c.targets().stream().map(LicenceClass::code).toList()))
                .orElse("");
    }

    /** The last day the recorded health certificate is accepted. */
    public LocalDate healthValidUntil(LicenceApplication details) {
        return details == null || details.getHealthCertificateOn() == null
                ? null
                : HealthCertificates.lastValidDay(details.getHealthCertificateOn());
    }

    public boolean healthValidToday(LicenceApplication details) {
        return details == null
                || details.getHealthCertificateOn() == null
                || HealthCertificates.validOn(details.getHealthCertificateOn(), LocalDate.now());
    }

    /** Whether the officer may record a new health certificate (the page checks it again). */
    public boolean isMayUpdateHealth() {
        return officer.permitted(VehicleRegistrationPlugin.HEALTH_EDIT);
    }

    public IssuedLicence licence(long dossierId) {
        return licences.issued(dossierId).orElse(null);
    }

    public IssuedBadge badge(long dossierId) {
        return badges.issued(dossierId).orElse(null);
    }
}
