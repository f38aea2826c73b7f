package vn.motcua.plugins.licensing.licence.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.licence.control.LicenceValidity;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.context.OfficerContext;

/**
 * Backs {@code /p/licensing/registry.xhtml}: the filter bar, the lazy table (one count and one page query per
 * request, in {@link LicenceRegistry}) and the Excel export of what the filter matches.
 */
@Named("licensingRegistryView")
@ViewScoped
@Plugin(LicensingPlugin.ID)
public class RegistryView implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** "Expiring soon" in the table: a valid licence within this many days of its last day. */
    static final int SOON_DAYS = 60;

    @Inject
    @Plugin(LicensingPlugin.ID)
    LicenceRegistry registry;

    @Inject
    OfficerContext officer;

    private final RegistryFilter filter = new RegistryFilter();
    private final LazyDataModel<Licence> model = new Model();

    /** The page's view action: refused (not-allowed page) without the permission. */
    public void checkAccess() {
        registry.checkAccess();
    }

    /** Applies the filter bar from the first page. */
    public void search() {
        firstPage();
    }

    /** Clears the filter bar. */
    public void reset() {
        firstPage();
        filter.setNumber(null);
        filter.setHolder(null);
        filter.setPublication(null);
        filter.setStatus(null);
        filter.setExpiringWithinDays(null);
    }

    public StreamedContent getExport() {
        var bytes = new ByteArrayOutputStream();
        registry.export(filter, text(), bytes);
        byte[] content = bytes.toByteArray();
        return DefaultStreamedContent.builder()
                .name("so-giay-phep-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx")
                .contentType(XLSX)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public boolean isExportAllowed() {
        return officer.permitted(LicensingPlugin.LICENCE_EXPORT);
    }

    public LicenceStatus status(Licence licence) {
        return licence.statusOn(LocalDate.now());
    }

    /** Tag colour of a status: valid green (amber when expiring soon), amended blue, revoked red, expired grey. */
    public String severity(Licence licence) {
        return switch (status(licence)) {
            case VALID -> LicenceValidity.expiresWithin(licence, LocalDate.now(), SOON_DAYS) ? "warning" : "success";
            case AMENDED -> "info";
            case REVOKED -> "danger";
            case EXPIRED -> "secondary";
        };
    }

    public LicenceStatus[] getStatuses() {
        return LicenceStatus.values();
    }

    public RegistryFilter getFilter() {
        return filter;
    }

    public LazyDataModel<Licence> getModel() {
        return model;
    }

    private static void firstPage() {
        var table = FacesContext.getCurrentInstance().getViewRoot().findComponent("registry:table");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    private static Function<String, String> text() {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return key -> bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** The table's rows, read page by page from the facade with the filter bar's values. */
    private class Model extends LazyDataModel<Licence> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.page(filter, 0, 1, null, true).total();
        }

        @Override
        public List<Licence> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String sortField = null;
            boolean ascending = true;
            if (!sortBy.isEmpty()) {
                SortMeta sort = sortBy.values().iterator().next();
                sortField = sort.getField();
                ascending = sort.getOrder() != SortOrder.DESCENDING;
            }
            RegistryPage page = registry.page(filter, first, pageSize, sortField, ascending);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(Licence licence) {
            return String.valueOf(licence.getId());
        }
    }
}
