package vn.motcua.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.entity.PerformerRule;
import vn.motcua.catalog.entity.PerformerStep;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.StepActor;
import vn.motcua.directory.entity.Agency;

/**
 * Which agencies perform a procedure version (its rule: the deciding agency alone, every agency of a kind under an
 * agency, or a list) and the route a dossier takes at one of them (their own division per step). No permission of its
 * own: the catalog's admin screen, the counter and the public portal read it inside their facades' transactions.
 */
@ApplicationScoped
public class Performers {

    @PersistenceContext
    EntityManager em;

    /** Whether the agency performs the version (it must be active). Pure: reads only the loaded version. */
    public static boolean performs(ProcedureVersion version, Agency agency) {
        if (agency == null || !agency.isActive()) {
            return false;
        }
        return switch (version.getPerformers()) {
            case DECIDING -> version.getDecidingAgency() != null
                    && version.getDecidingAgency().getId().equals(agency.getId());
            case KIND -> version.getPerformerKind() != null
                    && version.getPerformerRoot() != null
                    && agency.getKind() != null
                    && agency.getKind()
                            .getId()
                            .equals(version.getPerformerKind().getId())
                    && agency.getPath().startsWith(version.getPerformerRoot().getPath());
            case LIST -> version.getPerformerList().stream()
                    .anyMatch(a -> a.getId().equals(agency.getId()));
        };
    }

    /** The active agencies that perform the version, by name: one query whatever the rule. */
    public List<Agency> of(ProcedureVersion version) {
        return switch (version.getPerformers()) {
            case DECIDING -> version.getDecidingAgency().isActive() ? List.of(version.getDecidingAgency()) : List.of();
            case KIND -> em.createQuery(
                            "select a from Agency a where a.kind.id = :kind and a.path like :root order by a.name",
                            Agency.class)
                    .setParameter("kind", version.getPerformerKind().getId())
                    .setParameter("root", version.getPerformerRoot().getPath() + "%")
                    .getResultStream()
                    .filter(Agency::isActive)
                    .toList();
            case LIST -> version.getPerformerList().stream()
                    .filter(Agency::isActive)
                    .sorted(java.util.Comparator.comparing(Agency::getName))
                    .toList();
        };
    }

    /** The performers among these candidates (e.g. those a counter receives for), by name. */
    public List<Agency> among(ProcedureVersion version, Collection<Agency> candidates) {
        return candidates.stream()
                .filter(a -> performs(version, a))
                .sorted(java.util.Comparator.comparing(Agency::getName))
                .toList();
    }

    /** The divisions and roles an implementing agency chose for the version's steps, by step position. */
    public Map<Integer, StepActor> mapping(long versionId, long agencyId) {
        var mapped = new HashMap<Integer, StepActor>();
        em.createQuery(
                        "select m from PerformerStep m join fetch m.acting left join fetch m.role"
                                + " where m.versionId = :version and m.agencyId = :agency",
                        PerformerStep.class)
                .setParameter("version", versionId)
                .setParameter("agency", agencyId)
                .getResultStream()
                .forEach(m -> mapped.put(m.getPosition(), m.actor()));
        return mapped;
    }

    /**
     * Who does every step of a dossier received now for the implementing agency: the counter's agency for the
     * receiving step, the implementing agency (or its division and role, as it mapped the step) for the deciding
     * agency's steps, the named agency for a step another agency does (an inter-agency chain).
     */
    public Map<Integer, StepActor> route(ProcedureVersion version, Agency performer, Agency receiving) {
        Map<Integer, StepActor> mapped = mapping(version.getId(), performer.getId());
        return route(version.getSteps(), mapped, performer, receiving);
    }

    /** The same from what was read (pure, for tests). */
    public static Map<Integer, StepActor> route(
            List<ProcessStep> steps, Map<Integer, StepActor> mapped, Agency performer, Agency receiving) {
        var route = new HashMap<Integer, StepActor>();
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = steps.get(i);
            StepActing acting = step.getActing();
            StepActor actor =
                    switch (acting) {
                        case RECEIVING_COUNTER -> StepActor.at(receiving);
                        case DECIDING_AGENCY -> mapped.getOrDefault(i, StepActor.at(performer));
                        case NAMED_AGENCY -> StepActor.at(step.getAgency());
                    };
            route.put(i, actor);
        }
        return route;
    }

    /** Whether the rule is complete (a kind and a root for KIND, at least one agency for LIST). */
    public static boolean complete(PerformerRule rule, Object kind, Object root, Collection<?> list) {
        return switch (rule) {
            case DECIDING -> true;
            case KIND -> kind != null && root != null;
            case LIST -> list != null && !list.isEmpty();
        };
    }
}
