package vn.motcua.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.util.Optional;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;
import vn.motcua.spi.DomainException;

/**
 * The applicant register: one row per ID number (citizen) or tax code (organisation). The counter brings a known
 * applicant's details up to date; an online form only links to the row it finds and never changes it.
 */
@ApplicationScoped
public class Applicants {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    /** The applicant registered with that kind and ID number (digits only), if any. */
    public Optional<Applicant> byIdNumber(ApplicantKind kind, String idNumber) {
        return em.createQuery(
                        "select a from Applicant a where a.kind = :kind and a.idNumber = :number", Applicant.class)
                .setParameter("kind", kind)
                .setParameter("number", idNumber)
                .getResultStream()
                .findFirst();
    }

    /**
     * The applicant of that ID number with the details entered at the counter (name and birth date always; address,
     * phone and e-mail when given), or the new one as entered.
     */
    public Applicant upToDate(Applicant given) {
        var violations = validator.validate(given);
        if (!violations.isEmpty()) {
            throw new DomainException(
                    "platform.invalid", violations.iterator().next().getMessage());
        }
        return byIdNumber(given.getKind(), given.getIdNumber())
                .map(known -> {
                    known.setName(given.getName());
                    known.setBirthDate(given.getBirthDate());
                    if (given.getAddress() != null) known.setAddress(given.getAddress());
                    if (given.getPhone() != null) known.setPhone(given.getPhone());
                    if (given.getEmail() != null) known.setEmail(given.getEmail());
                    return known;
                })
                .orElse(given);
    }
}
