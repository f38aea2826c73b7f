package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.motcua.directory.control.AgencySymbols;
import vn.motcua.directory.entity.Agency;
import vn.motcua.spi.directory.AgencyNames;

/** The SPI's {@link AgencyNames}: an agency's entered short name, or the one {@link AgencySymbols} derives. */
@ApplicationScoped
public class CoreAgencyNames implements AgencyNames {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional
    public String shortName(long agencyId) {
        Agency agency = agency(agencyId);
        return AgencySymbols.of(agency.getName(), agency.getShortName());
    }

    @Override
    @Transactional
    public String name(long agencyId) {
        return agency(agencyId).getName();
    }

    private Agency agency(long agencyId) {
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null) {
            throw new IllegalArgumentException("No agency " + agencyId);
        }
        return agency;
    }
}
