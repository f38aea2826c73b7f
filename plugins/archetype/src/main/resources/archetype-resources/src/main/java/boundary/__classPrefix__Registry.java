package ${package}.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ${package}.${classPrefix}Plugin;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.registry.Registries;
import vn.motcua.spi.registry.RegistryFile;
import vn.motcua.spi.registry.RegistryPage;
import vn.motcua.spi.registry.RegistryQuery;
import vn.motcua.spi.registry.RegistrySheet;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The registry of results issued: its query (what the search looks in, which columns sort) and its Excel columns. The
 * core's {@link Registries} runs them — one count and one page query per request, filtered and sorted in the database,
 * always kept to the agencies in the officer's scope (a department never sees another's), whatever the search says.
 */
@ApplicationScoped
public class ${classPrefix}Registry {

    @Inject
    Registries registries;

    /** The page's view action: refused (not-allowed page) without the permission. */
    @RequiresPermissions(${classPrefix}Plugin.REGISTRY_VIEW)
    public void checkAccess() {}

    @RequiresPermissions(${classPrefix}Plugin.REGISTRY_VIEW)
    public RegistryPage<${classPrefix}Application> page(
            String search, int first, int size, String sortField, boolean ascending) {
        return registries.page(query(search), first, size, sortField, ascending);
    }

    /** Everything the search finds as an Excel workbook (streamed by the core, a page of rows at a time). */
    @RequiresPermissions(${classPrefix}Plugin.REGISTRY_VIEW)
    public RegistryFile export(String search) {
        return registries.download("${pluginId}", query(search), sheet());
    }

    /** Results issued, by number, applicant (name or ID number) or subject; the sort names are the columns' sortBy. */
    public static RegistryQuery<${classPrefix}Application> query(String search) {
        return RegistryQuery.select(${classPrefix}Application.class, "a", "${classPrefix}Application a")
                .scopedBy("a.agencyId")
                .identifiedBy("a.id")
                .readableWith(${classPrefix}Plugin.REGISTRY_VIEW)
                .where("a.resultNumber is not null")
                .containsFolded(search, "a.searchText")
                .sortable("resultNumber", "a.resultYear", "a.resultSequence")
                .sortable("applicantName", "a.applicantName")
                .sortable("subject", "a.subject")
                .sortable("issuedOn", "a.issuedOn")
                .orderedBy("a.issuedOn desc");
    }

    /** The export's columns: headings are message keys (or plain Vietnamese text), dates show dd/MM/yyyy. */
    public static RegistrySheet<${classPrefix}Application> sheet() {
        return RegistrySheet.<${classPrefix}Application>named("${pluginId}.registry.title")
                .text("${pluginId}.resultNumber", ${classPrefix}Application::getResultNumber)
                .text("${pluginId}.registry.applicant", ${classPrefix}Application::getApplicantName)
                .width(32)
                .text("${pluginId}.registry.applicantId", ${classPrefix}Application::getApplicantIdNumber)
                .text("${pluginId}.subject", ${classPrefix}Application::getSubject)
                .width(40)
                .date("${pluginId}.issuedOn", ${classPrefix}Application::getIssuedOn)
                .text("${pluginId}.registry.dossier", ${classPrefix}Application::getDossierCode);
    }
}
