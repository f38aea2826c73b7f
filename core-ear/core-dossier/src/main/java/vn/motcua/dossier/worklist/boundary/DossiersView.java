package vn.motcua.dossier.worklist.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.control.WorkspaceTexts;
import vn.motcua.platform.faces.EntityLazyModel;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.paging.Page;
import vn.motcua.spi.dossier.DossierState;

/**
 * Backs {@code /work/dossiers.xhtml}: the officer's worklists (those their permissions open, each with how many wait)
 * and the search panel, over one lazy table paged, sorted and filtered in the database.
 */
@Named
@ViewScoped
public class DossiersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    DossierSearch search;

    private List<Worklist> worklists;
    private Map<Worklist, Long> counts;

    /**
     * A request attribute set when the counts were taken in this request: the table's page of the same request then
     * uses its list's count instead of counting again (later requests, paging, count afresh).
     */
    private static final String COUNTED_NOW = DossiersView.class.getName() + ".counted";

    private Worklist list;

    /** Whether the table's list, as last loaded, holds more than {@link DossierSearch#COUNT_CAP} dossiers. */
    private boolean more;

    private EntityLazyModel<DossierRow> model;

    private String code;
    private String applicant;
    private String idNumber;
    private String procedure;
    private LocalDate receivedFrom;
    private LocalDate receivedTo;
    private DossierState state;

    @PostConstruct
    void init() {
        worklists = search.worklists();
        list = worklists.isEmpty() ? null : worklists.get(0);
        // One count and one page per render; the count of the tab is reused when no search filter applies.
        model = new EntityLazyModel<>(
                request -> countedNow() && request.filters().isEmpty() && counts.containsKey(list)
                        ? counts.get(list)
                        : search.count(list, request),
                (request, knownTotal) -> shown(search.page(list, request, knownTotal)),
                DossierRow::id);
        counts = Map.of(); // counted by applyFilters (the page's view action)
    }

    /**
     * The page as the table pages it: a list counted past {@link DossierSearch#COUNT_CAP} is paged up to the cap, and
     * the page report says "more than" (the officer narrows the search to reach the others).
     */
    private Page<DossierRow> shown(Page<DossierRow> page) {
        more = page.total() > DossierSearch.COUNT_CAP;
        return more ? new Page<>(page.rows(), DossierSearch.COUNT_CAP) : page;
    }

    /** The worklist named in the address ({@code ?list=TO_APPROVE}), when this officer may open it. */
    public void setListName(String name) {
        worklists.stream().filter(w -> w.name().equals(name)).findFirst().ifPresent(w -> list = w);
    }

    public String getListName() {
        return list == null ? null : list.name();
    }

    /** Called when the officer picks another list or searches. */
    public void applyFilters() {
        var fixed = new HashMap<String, Object>();
        put(fixed, "code", code);
        put(fixed, "applicant", applicant);
        put(fixed, "idNumber", idNumber);
        put(fixed, "procedure", procedure);
        put(fixed, "receivedFrom", receivedFrom);
        put(fixed, "receivedTo", receivedTo);
        put(fixed, "state", state);
        model.setFixedFilters(fixed);
        counts = search.counts();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            faces.getExternalContext().getRequestMap().put(COUNTED_NOW, Boolean.TRUE);
        }
    }

    private static boolean countedNow() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null
                && Boolean.TRUE.equals(
                        faces.getExternalContext().getRequestMap().get(COUNTED_NOW));
    }

    public void clearFilters() {
        code = applicant = idNumber = procedure = null;
        receivedFrom = receivedTo = null;
        state = null;
        applyFilters();
    }

    private static void put(Map<String, Object> filters, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            filters.put(key, value);
        }
    }

    public String label(Worklist worklist) {
        long count = counts.getOrDefault(worklist, 0L);
        return Notices.text("dossier.work.list." + worklist.name()) + " ("
                + (count > DossierSearch.COUNT_CAP
                        ? Notices.text("dossier.work.countMore", DossierSearch.COUNT_CAP)
                        : String.valueOf(count))
                + ")";
    }

    /** The paginator's report: "1–20 of 345", or "of more than 1,000" past the count's cap. */
    public String getPageReport() {
        return more
                ? Notices.text("dossier.work.pageReportMore", DossierSearch.COUNT_CAP)
                : Notices.text("directory.pageReport");
    }

    public String hint() {
        return list == null ? "" : Notices.text("dossier.work.listHint." + list.name());
    }

    public String rowClass(DossierRow row) {
        return WorkspaceTexts.rowClass(row.urgency());
    }

    public String remaining(DossierRow row) {
        return WorkspaceTexts.remaining(
                row.remainingWorkingDays(),
                row.remainingWorkingMinutes(),
                row.state().isPaused());
    }

    public String moment(java.time.LocalDateTime at) {
        return WorkspaceTexts.moment(at);
    }

    public DossierState[] getStates() {
        return DossierState.values();
    }

    public List<Worklist> getWorklists() {
        return worklists;
    }

    public EntityLazyModel<DossierRow> getModel() {
        return model;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    public DossierState getState() {
        return state;
    }

    public void setState(DossierState state) {
        this.state = state;
    }
}
