package vn.motcua.plugins.licensing.licence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.plugins.licensing.licence.entity.Licence;

/**
 * Finds a licence as the counter names it: by the issuing agency, the year of issue and the number, either in full
 * ({@code 12/GP-STTTT}) or its running number alone ({@code 12}). Numbers restart every year, so the year is part of
 * the key.
 */
@ApplicationScoped
public class LicenceFinder {

    @PersistenceContext
    EntityManager em;

    public Optional<Licence> find(Set<Long> agencyIds, String typedNumber, Integer year) {
        if (agencyIds.isEmpty()
                || year == null
                || LicenceRules.tidyNumber(typedNumber).isEmpty()) {
            return Optional.empty();
        }
        Integer sequence = LicenceRules.sequenceOnly(typedNumber);
        List<Licence> found = sequence != null
                ? em.createQuery(
                                "select l from LicensingLicence l where l.agencyId in :agencies and l.issueYear = :year"
                                        + " and l.sequenceNumber = :sequence order by l.agencyId",
                                Licence.class)
                        .setParameter("sequence", sequence)
                        .setParameter("agencies", agencyIds)
                        .setParameter("year", year)
                        .getResultList()
                : em.createQuery(
                                "select l from LicensingLicence l where l.agencyId in :agencies and l.issueYear = :year"
                                        + " and upper(l.number) = :number order by l.agencyId",
                                Licence.class)
                        .setParameter("number", LicenceRules.tidyNumber(typedNumber))
                        .setParameter("agencies", agencyIds)
                        .setParameter("year", year)
                        .getResultList();
        // Several agencies in scope may each have a licence no. 12 of the year: only an unambiguous answer counts.
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public Optional<Licence> find(long agencyId, String typedNumber, Integer year) {
        return find(Set.of(agencyId), typedNumber, year);
    }
}
