package vn.motcua.dossier.printing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.directory.entity.Agency;
import vn.motcua.dossier.printing.control.FormSheet;
import vn.motcua.dossier.printing.control.ResultSheetRenderer;
import vn.motcua.spi.document.ResultRenderer;
import vn.motcua.spi.document.ResultSheet;

/** The core's renderer of plugin result documents: the issuing agency's header, the forms' fonts and QR codes. */
@ApplicationScoped
public class CoreResultRenderer implements ResultRenderer {

    private static final ResultSheetRenderer RENDERER = new ResultSheetRenderer();

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "motcua.province.place-name", defaultValue = "Thái Hòa")
    String placeName;

    @Override
    @Transactional
    public byte[] render(ResultSheet sheet) {
        Agency issuing = em.find(Agency.class, sheet.issuingAgencyId());
        if (issuing == null) {
            throw new IllegalArgumentException("No agency " + sheet.issuingAgencyId());
        }
        Agency parent = issuing.getParent();
        return RENDERER.render(
                sheet,
                new FormSheet.AgencyHeader(
                        parent == null ? null : parent.getName(), issuing.getName(), placeName, issuing.getPhone()));
    }
}
