package vn.motcua.platform.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills the search column ({@link SearchText}) of rows written before it existed, or by SQL (the demo data): each
 * component calls {@link #fill} for its entities when the platform has started. A batch per transaction, so a large
 * table neither holds a long lock nor one large transaction; a row another server is filling at the same moment is
 * left to it.
 */
@ApplicationScoped
public class SearchBackfill {

    private static final Logger LOG = Logger.getLogger(SearchBackfill.class.getName());
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    /** This bean through its proxy: each batch then runs in a transaction of its own. */
    @Inject
    SearchBackfill self;

    /**
     * Folds, batch after batch, every row of {@code type} whose {@code searchText} is still empty.
     *
     * @param fold the entity's method that writes its search column
     * @return how many rows were filled
     */
    public <T> long fill(Class<T> type, Consumer<T> fold) {
        long filled = 0;
        try {
            int done;
            do {
                done = self.batch(type, fold);
                filled += done;
            } while (done == BATCH);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Search column of " + type.getSimpleName() + " not filled (filled again at the" + " next start)",
                    e);
        }
        if (filled > 0) {
            LOG.info("Search column filled for " + filled + " " + type.getSimpleName() + " row(s).");
        }
        return filled;
    }

    /** One batch in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> int batch(Class<T> type, Consumer<T> fold) {
        String entity = em.getMetamodel().entity(type).getName();
        List<T> rows = em.createQuery("select e from " + entity + " e where e.searchText is null order by e.id", type)
                .setMaxResults(BATCH)
                .getResultList();
        rows.forEach(fold);
        return rows.size();
    }
}
