package vn.motcua.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.catalog.control.OnlineOffer;
import vn.motcua.catalog.entity.OnlineLevel;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.paging.Page;

/**
 * Backs the citizens' front page ({@code /public/index.xhtml}, the portal's address) and a procedure's page
 * ({@code /public/procedure.xhtml?code=}). Request scoped and driven by plain GET parameters ({@code q},
 * {@code sector}, {@code agency}, {@code page}, {@code code}): every search is a link one can bookmark or share, and an
 * anonymous visitor never gets an HTTP session.
 */
@Named
@RequestScoped
public class PublicCatalogView {

    static final int PAGE_SIZE = 20;

    @Inject
    PublicCatalog catalog;

    @Inject
    Instance<OnlineOffer> onlineOffer;

    private String text;
    private Long sectorId;
    private Long agencyId;
    private int pageNumber;
    private Page<Procedure> page;
    private ProcedureVersion procedure;
    private boolean procedureLoaded;

    @PostConstruct
    void readParameters() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        text = parameters.get("q") == null ? null : parameters.get("q").strip();
        sectorId = number(parameters.get("sector"));
        agencyId = number(parameters.get("agency"));
        Long requested = number(parameters.get("page"));
        pageNumber = requested == null || requested < 1 || requested > 10_000 ? 1 : requested.intValue();
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Page<Procedure> getPage() {
        if (page == null) {
            page = catalog.page(text, sectorId, agencyId, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return page;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getPage().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Sector> getSectors() {
        return catalog.sectors();
    }

    public List<Agency> getAgencies() {
        return catalog.agencies();
    }

    /** The procedure named by {@code code} in force today, or {@code null} (the page then says it is not found). */
    public ProcedureVersion getProcedure() {
        if (!procedureLoaded) {
            procedureLoaded = true;
            String code = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("code");
            procedure = catalog.inForce(code).orElse(null);
        }
        return procedure;
    }

    /**
     * Whether the procedure's page links to online submission: its online level allows it and the portal takes it
     * online today (not, e.g., a plugin's procedure that no agency has switched on yet).
     */
    public boolean isSubmittableOnline() {
        ProcedureVersion version = getProcedure();
        if (version == null || version.getOnlineLevel() == OnlineLevel.NONE) {
            return false;
        }
        return !onlineOffer.isResolvable() || onlineOffer.get().offeredOnline(version);
    }

    public List<Agency> getWhereToSubmit() {
        return getProcedure() == null ? List.of() : catalog.whereToSubmit(getProcedure());
    }

    /** An amount of đồng as written in Vietnam: "50.000 đ". */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(amount) + " đ";
    }

    /** A statutory time in working days: "10", "0,5". */
    public String days(BigDecimal days) {
        if (days == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(1);
        return format.format(days);
    }

    public String getText() {
        return text;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public int getPageNumber() {
        return pageNumber;
    }
}
