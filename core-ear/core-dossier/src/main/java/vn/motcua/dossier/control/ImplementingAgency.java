package vn.motcua.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.catalog.control.Performers;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.spi.DomainException;

/**
 * The implementing agency a new dossier is for: at a counter, one of the agencies that perform the procedure and
 * that the counter receives for (its own agency and what is under it, and the agencies it receives for on their
 * behalf); online, the place the citizen picked among those that perform it. Anything else is refused with a message
 * that names the problem, before anything is stored.
 */
@ApplicationScoped
public class ImplementingAgency {

    @Inject
    Performers performers;

    /** The agencies performing the version that this counter receives for, by name. */
    public List<Agency> forCounter(ProcedureVersion version, Counter counter) {
        return performers.of(version).stream().filter(counter::receivesFor).toList();
    }

    /**
     * The implementing agency of a receipt at the counter: the one chosen, or the only one the counter receives the
     * procedure for.
     */
    public Agency atCounter(ProcedureVersion version, Counter counter, Long chosenId) {
        List<Agency> candidates = forCounter(version, counter);
        if (chosenId != null) {
            return candidates.stream()
                    .filter(a -> a.getId().equals(chosenId))
                    .findFirst()
                    .orElseThrow(() -> new DomainException("dossier.receive.notPerformer", counter.getName()));
        }
        if (candidates.isEmpty()) {
            throw new DomainException("dossier.receive.notPerformer", counter.getName());
        }
        if (candidates.size() > 1) {
            throw new DomainException("dossier.receive.agencyRequired");
        }
        return candidates.get(0);
    }

    /** The place the citizen picked online (or the only agency that performs it). */
    public Agency online(ProcedureVersion version, Long chosenId) {
        List<Agency> candidates = performers.of(version);
        if (chosenId == null) {
            if (candidates.size() == 1) {
                return candidates.get(0);
            }
            throw new DomainException("dossier.online.placeRequired");
        }
        return candidates.stream()
                .filter(a -> a.getId().equals(chosenId))
                .findFirst()
                .orElseThrow(() -> new DomainException("dossier.online.notPerformer", version.getName()));
    }
}
