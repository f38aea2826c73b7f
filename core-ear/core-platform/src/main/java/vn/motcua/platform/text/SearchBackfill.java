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
    public <T> long fill(Class<T> type, Consumer<? super T> fold) {
        return fill(type, "searchText", fold);
    }

    /**
     * Folds, batch after batch, every row of {@code type} whose {@code attribute} is still empty (a plugin's
     * {@link vn.motcua.spi.registry.SearchColumn}).
     *
     * @return how many rows were filled
     */
    public <T> long fill(Class<T> type, String attribute, Consumer<? super T> fold) {
        long filled = 0;
        try {
            // bounded by the rows empty at the start: a fold that leaves its column empty cannot loop forever
            long empty = self.batch(type, attribute, null);
            long done = BATCH;
            while (done == BATCH && filled < empty) {
                done = self.batch(type, attribute, fold);
                filled += done;
            }
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

    /**
     * One batch in its own transaction: folds up to {@value #BATCH} rows whose column is empty; without {@code fold},
     * only counts them all.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> long batch(Class<T> type, String attribute, Consumer<? super T> fold) {
        var entityType = em.getMetamodel().entity(type);
        // the attribute's name as the metamodel knows it: never a text put into the statement unchecked
        String column = entityType.getAttribute(attribute).getName();
        String id = entityType.getId(entityType.getIdType().getJavaType()).getName();
        String empty = " from " + entityType.getName() + " e where e." + column + " is null";
        if (fold == null) {
            return em.createQuery("select count(e)" + empty, Long.class).getSingleResult();
        }
        List<T> rows = em.createQuery("select e" + empty + " order by e." + id, type)
                .setMaxResults(BATCH)
                .getResultList();
        rows.forEach(fold);
        return rows.size();
    }
}
