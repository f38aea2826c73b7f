package vn.motcua.platform.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.registry.control.PagedReader;
import vn.motcua.platform.registry.control.RegistryStatement;
import vn.motcua.platform.registry.control.SheetWriter;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryExport;
import vn.motcua.spi.registry.RegistryFile;
import vn.motcua.spi.registry.RegistryPage;
import vn.motcua.spi.registry.RegistryQuery;
import vn.motcua.spi.registry.RegistrySheet;
import vn.motcua.spi.registry.RegistrySource;
import vn.motcua.spi.registry.RegistryTable;
import vn.motcua.spi.registry.RowKey;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * The SPI's {@link Registries}: a plugin's query with the officer's agency scope ({@link OfficerContext}, the scope
 * the core applies to dossiers), run paged in the database; exports streamed a page at a time into POI's streaming
 * writer, each page detached once written.
 */
@ApplicationScoped
public class CoreRegistries implements Registries {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContext officer;

    /** This bean's client proxy, which the tables keep (serializable with their view, unlike the bean itself). */
    @Inject
    CoreRegistries self;

    @Override
    public <T> RegistryTable<T> table(RegistrySource<T> source, RowKey<T> key) {
        return new LazyRegistryTable<>(self, source, key);
    }

    @Override
    @Transactional
    public <T> RegistryPage<T> page(RegistryQuery<T> query, int first, int size, String sortField, boolean ascending) {
        RegistryStatement statement = statement(query);
        if (statement == null) {
            return RegistryPage.empty();
        }
        long total = count(statement);
        if (total == 0) {
            return RegistryPage.empty();
        }
        return new RegistryPage<>(rows(query, statement, first, size, sortField, ascending), total);
    }

    /** The rows of a page without counting (the lazy table counts separately). */
    @Transactional
    public <T> List<T> rows(RegistryQuery<T> query, int first, int size, String sortField, boolean ascending) {
        RegistryStatement statement = statement(query);
        return statement == null ? List.of() : rows(query, statement, first, size, sortField, ascending);
    }

    @Override
    @Transactional
    public <T> long count(RegistryQuery<T> query) {
        RegistryStatement statement = statement(query);
        return statement == null ? 0 : count(statement);
    }

    /** In a transaction of its own: each page is detached once written, which must not touch the caller's. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> RegistryExport export(RegistryQuery<T> query, RegistrySheet<T> sheet, OutputStream out) {
        RegistryStatement statement = statement(query);
        Locale locale = locale();
        try (var writer = new SheetWriter<>(sheet, key -> Messages.text(locale, key), locale)) {
            if (statement != null) {
                PagedReader.readAll(
                        EXPORT_PAGE_SIZE,
                        (first, size) -> bind(em.createQuery(statement.select(null, true), query.rowType()), statement)
                                .setFirstResult(first)
                                .setMaxResults(size)
                                .getResultList(),
                        rows -> {
                            rows.forEach(writer::add);
                            em.clear(); // the page is written: detach it, so the next one does not add to it
                        });
            }
            return writer.finish(out);
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> RegistryFile download(String fileName, RegistryQuery<T> query, RegistrySheet<T> sheet) {
        Path file = null;
        try {
            file = Files.createTempFile("motcua-registry-", ".xlsx");
            RegistryExport written;
            try (OutputStream out = Files.newOutputStream(file)) {
                written = export(query, sheet, out);
            }
            String name = fileName + "-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
            return new RegistryDownload(name, file, written.rows());
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** The statement in the officer's scope, or {@code null} when nothing is in scope; refused without permission. */
    private RegistryStatement statement(RegistryQuery<?> query) {
        if (query.permission() != null && !officer.permitted(query.permission())) {
            throw new NotAuthorizedException(query.permission());
        }
        Set<Long> scope = officer.agencyIdsInScope();
        return scope.isEmpty() ? null : RegistryStatement.of(query, scope);
    }

    private long count(RegistryStatement statement) {
        return bind(em.createQuery(statement.count(), Long.class), statement).getSingleResult();
    }

    private <T> List<T> rows(
            RegistryQuery<T> query,
            RegistryStatement statement,
            int first,
            int size,
            String sortField,
            boolean ascending) {
        return bind(em.createQuery(statement.select(sortField, ascending), query.rowType()), statement)
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(size, 1), MAX_PAGE_SIZE))
                .getResultList();
    }

    private static <Q extends TypedQuery<?>> Q bind(Q query, RegistryStatement statement) {
        statement.parameters().forEach(query::setParameter);
        return query;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : VIETNAMESE;
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary folder is cleaned by the system
            }
        }
    }
}
