package vn.motcua.plugins.vehicle.licence.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;

/** Backs {@code /p/vehicle-registration/health.xhtml?dossier=ID}: records a new health certificate date. */
@Named("vehicleRegistrationHealthView")
@ViewScoped
public class HealthCertificateView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    HealthCertificateUpdate update;

    private Long dossier;
    private LicenceApplication application;
    private LocalDate certificateOn;
    private boolean saved;

    public void load() {
        if (dossier != null) {
            application = update.application(dossier);
        }
    }

    public void save() {
        update.record(dossier, certificateOn);
        application = update.application(dossier);
        certificateOn = null;
        saved = true;
    }

    public Long getDossier() {
        return dossier;
    }

    public void setDossier(Long dossier) {
        this.dossier = dossier;
    }

    public LicenceApplication getApplication() {
        return application;
    }

    public LocalDate getCertificateOn() {
        return certificateOn;
    }

    public void setCertificateOn(LocalDate certificateOn) {
        this.certificateOn = certificateOn;
    }

    public boolean isSaved() {
        return saved;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }
}
