package vn.motcua.reporting.control.counting;

import java.util.HashMap;
import java.util.Map;

/**
 * Rows roll up the agency tree: an agency's row is its own dossiers plus every agency's under it. Each dossier is
 * counted at one agency only (its counting agency), so a sum never counts a dossier twice.
 */
public final class AgencyRollUp {

    private AgencyRollUp() {}

    /**
     * @param own the figures of each agency's own dossiers
     * @param parents each agency's parent ({@code null} or absent for a root), for every agency of the tree
     * @return each agency's figures with those of its whole subtree
     */
    public static Map<Long, Tally> rollUp(Map<Long, Tally> own, Map<Long, Long> parents) {
        Map<Long, Tally> rolled = new HashMap<>();
        own.forEach((agency, tally) -> {
            Long at = agency;
            int guard = 0;
            while (at != null && guard++ < 64) { // a tree is never that deep; stops a corrupt cycle
                rolled.computeIfAbsent(at, k -> new Tally()).add(tally);
                at = parents.get(at);
            }
        });
        return rolled;
    }
}
