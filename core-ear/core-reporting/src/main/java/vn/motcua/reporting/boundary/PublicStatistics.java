package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.directory.entity.Agency;
import vn.motcua.reporting.control.FigureSources;
import vn.motcua.reporting.control.Grouping;
import vn.motcua.reporting.control.MonthSnapshots;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.AgencyRollUp;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.Tally;

/**
 * The province's published figures (anonymous): per agency under the province's root, for a month of the last
 * twelve: received, resolved, on-time rate, in progress, overdue. Cached per server: a frozen month for good (it never
 * changes), the others for {@link #LIVE_FOR}, so a crowd of visitors costs one query per month per server.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicStatistics {

    static final Duration LIVE_FOR = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    FigureSources sources;

    @Inject
    MonthSnapshots snapshots;

    /** A month's figures, when they were counted, and whether they are frozen. */
    public record Month(YearMonth month, List<StatusRow> rows, LocalDateTime countedAt, boolean frozen)
            implements Serializable {}

    private record Cached(Month month, Instant until) {}

    private final Map<YearMonth, Cached> cache = new ConcurrentHashMap<>();

    /** The months offered: this one and the eleven before it. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(YearMonth.now().minusMonths(i));
        }
        return months;
    }

    public Month month(YearMonth month) {
        if (!months().contains(month)) {
            month = YearMonth.now();
        }
        Cached cached = cache.get(month);
        if (cached != null && Instant.now().isBefore(cached.until())) {
            return cached.month();
        }
        Month counted = count(month);
        cache.put(
                month,
                new Cached(
                        counted, counted.frozen() ? Instant.MAX : Instant.now().plus(LIVE_FOR)));
        return counted;
    }

    private Month count(YearMonth month) {
        List<Agency> roots = em.createQuery(
                        "select a from Agency a where a.parent is null order by a.path", Agency.class)
                .getResultList();
        List<StatusRow> rows = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now();
        for (Agency root : roots) {
            Map<Long, Tally> own = sources.figures(Period.month(month), root.getPath(), Grouping.AGENCY, now);
            List<Agency> tree = em.createQuery(
                            "select a from Agency a where a.path like :p order by a.path", Agency.class)
                    .setParameter("p", root.getPath() + "%")
                    .getResultList();
            Map<Long, Long> parents = new HashMap<>();
            tree.forEach(a -> parents.put(
                    a.getId(), a.getParent() == null ? null : a.getParent().getId()));
            Map<Long, Tally> rolled = AgencyRollUp.rollUp(own, parents);
            for (Agency a : tree) {
                if (a.getDepth() - root.getDepth() <= 1) {
                    rows.add(new StatusRow(
                            a.getId(),
                            a.getName(),
                            a.getDepth() - root.getDepth(),
                            rolled.getOrDefault(a.getId(), new Tally())));
                }
            }
        }
        return new Month(month, rows, now, snapshots.frozen(month));
    }
}
