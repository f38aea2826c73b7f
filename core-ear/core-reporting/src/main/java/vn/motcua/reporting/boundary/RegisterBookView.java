package vn.motcua.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.control.RegisterRow;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.export.RegisterExports;
import vn.motcua.spi.DomainException;

/** {@code /reports/register.xhtml}: the register book (form 06) of an agency or counter for a period; Excel, PDF. */
@Named
@ViewScoped
public class RegisterBookView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    RegisterBook book;

    @Inject
    StatusReport status;

    private List<Agency> agencies;
    private List<Counter> counters = List.of();
    private Long agencyId;
    private Long counterId;
    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private LocalDate to = LocalDate.now();
    private Period shown;
    private Long shownAgency;
    private Long shownCounter;

    private final Lines lines = new Lines();

    @PostConstruct
    void open() {
        agencies = status.agencies();
        if (!agencies.isEmpty()) {
            agencyId = agencies.get(0).getId();
            agencyChanged();
        }
    }

    public void agencyChanged() {
        counterId = null;
        try {
            counters = agencyId == null ? List.of() : book.counters(agencyId);
        } catch (DomainException e) {
            counters = List.of();
            Notices.error(e);
        }
    }

    public void show() {
        try {
            shown = Period.days(from, to);
            status.agency(agencyId);
            shownAgency = agencyId;
            shownCounter = counterId;
        } catch (DomainException e) {
            shown = null;
            Notices.error(e);
        }
    }

    private RegisterExports.Pages pages() {
        Long agency = shownAgency;
        Long counter = shownCounter;
        Period period = shown;
        RegisterBook b = book;
        return (last, size) ->
                b.lines(agency, counter, period, last == null ? null : RegisterBook.Cursor.after(last), size);
    }

    private RegisterExports.Heading heading() {
        Agency agency = status.agency(shownAgency);
        String superior = agency.getParent() == null ? "" : agency.getParent().getName();
        return new RegisterExports.Heading(
                superior,
                agency.getName(),
                Notices.text("reporting.register.heading"),
                Notices.text(
                        "reporting.register.period",
                        shown.start().format(DAY),
                        shown.lastDay().format(DAY)));
    }

    public StreamedContent getExcel() {
        if (shown == null) {
            return null;
        }
        RegisterExports.Heading heading = heading();
        RegisterExports.Pages pages = pages();
        return DefaultStreamedContent.builder()
                .name("so-theo-doi-" + shown.start().toLocalDate() + "-" + shown.lastDay() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .writer(out -> RegisterExports.excel(heading, pages, out))
                .build();
    }

    public StreamedContent getPdf() {
        if (shown == null) {
            return null;
        }
        RegisterExports.Heading heading = heading();
        RegisterExports.Pages pages = pages();
        return DefaultStreamedContent.builder()
                .name("so-theo-doi-" + shown.start().toLocalDate() + "-" + shown.lastDay() + ".pdf")
                .contentType("application/pdf")
                .writer(out -> RegisterExports.pdf(heading, pages, out))
                .build();
    }

    /** The book on screen, a page at a time (counted and paged in the database). */
    public class Lines extends LazyDataModel<RegisterRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return shown == null ? 0 : (int) book.count(shownAgency, shownCounter, shown);
        }

        @Override
        public List<RegisterRow> load(int first, int size, Map<String, SortMeta> s, Map<String, FilterMeta> f) {
            if (shown == null) {
                setRowCount(0);
                return List.of();
            }
            setRowCount((int) book.count(shownAgency, shownCounter, shown));
            return book.lines(shownAgency, shownCounter, shown, null, first, size);
        }

        @Override
        public String getRowKey(RegisterRow row) {
            return String.valueOf(row.dossierId());
        }
    }

    public Lines getLines() {
        return lines;
    }

    public boolean isShown() {
        return shown != null;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public List<Counter> getCounters() {
        return counters;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Long getCounterId() {
        return counterId;
    }

    public void setCounterId(Long counterId) {
        this.counterId = counterId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
