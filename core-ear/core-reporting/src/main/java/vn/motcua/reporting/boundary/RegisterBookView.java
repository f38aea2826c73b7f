package vn.motcua.reporting.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;
import vn.motcua.directory.entity.Counter;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.control.RegisterRow;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.export.RegisterExports;
import vn.motcua.spi.DomainException;

/** {@code /reports/register.xhtml}: the register book (form 06) of an agency or counter for a period; Excel, PDF. */
@Named
@ViewScoped
public class RegisterBookView extends ReportScreen {
    private static final long serialVersionUID = 1L;

    @Inject
    RegisterBook book;

    private List<Counter> counters = List.of();
    private Long counterId;
    private Long shownCounter;
    private long shownLines;

    private final Lines lines = new Lines();

    @Override
    protected void agencyChosen() {
        agencyChanged();
    }

    public void agencyChanged() {
        counterId = null;
        try {
            counters = getAgencyId() == null ? List.of() : book.counters(getAgencyId());
        } catch (DomainException e) {
            counters = List.of();
            Notices.error(e);
        }
    }

    @Override
    protected void load(Period period, Long agencyId) {
        shownCounter = counterId;
        shownLines = book.count(agencyId, counterId, period);
    }

    /** A book too long to write in the request: exported in the background. */
    public boolean isLong() {
        return isShown() && inBackground(shownLines);
    }

    /** Form 06 as one file format: Excel or PDF. */
    @FunctionalInterface
    private interface Format extends java.io.Serializable {
        void write(RegisterExports.Heading heading, RegisterExports.Pages pages, java.io.OutputStream out);
    }

    public StreamedContent getExcel() {
        return direct("xlsx", XLSX, RegisterExports::excel);
    }

    public StreamedContent getPdf() {
        return direct("pdf", PDF, RegisterExports::pdf);
    }

    public void excelLater() {
        later("xlsx", XLSX, RegisterExports::excel);
    }

    public void pdfLater() {
        later("pdf", PDF, RegisterExports::pdf);
    }

    /** The book written to the response, a keyset page at a time. */
    private StreamedContent direct(String extension, String contentType, Format format) {
        if (!isShown()) {
            return null;
        }
        RegisterExports.Heading heading = heading("reporting.register.heading");
        RegisterExports.Pages pages = pages();
        return download(fileName("so-theo-doi", extension), contentType, out -> format.write(heading, pages, out));
    }

    /** The book written in the background, each page moving the progress. */
    private void later(String extension, String contentType, Format format) {
        if (!isShown()) {
            return;
        }
        RegisterExports.Heading heading = heading("reporting.register.heading");
        RegisterExports.Pages pages = pages();
        exportLater(
                fileName("so-theo-doi", extension),
                contentType,
                shownLines,
                (out, progress) -> format.write(heading, counted(pages, progress), out));
    }

    private static RegisterExports.Pages counted(RegisterExports.Pages pages, ExportJob.Progress progress) {
        return (last, size) -> {
            List<RegisterRow> page = pages.after(last, size);
            progress.advance(page.size());
            return page;
        };
    }

    private RegisterExports.Pages pages() {
        Long agency = shownAgency();
        Long counter = shownCounter;
        Period period = shown();
        RegisterBook b = book;
        return (last, size) ->
                b.lines(agency, counter, period, last == null ? null : RegisterBook.Cursor.after(last), size);
    }

    /** The book on screen, a page at a time (counted and paged in the database). */
    public class Lines extends LazyDataModel<RegisterRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return isShown() ? (int) book.count(shownAgency(), shownCounter, shown()) : 0;
        }

        @Override
        public List<RegisterRow> load(int first, int size, Map<String, SortMeta> s, Map<String, FilterMeta> f) {
            if (!isShown()) {
                setRowCount(0);
                return List.of();
            }
            setRowCount((int) book.count(shownAgency(), shownCounter, shown()));
            return book.lines(shownAgency(), shownCounter, shown(), null, first, size);
        }

        @Override
        public String getRowKey(RegisterRow row) {
            return String.valueOf(row.dossierId());
        }
    }

    public Lines getLines() {
        return lines;
    }

    public List<Counter> getCounters() {
        return counters;
    }

    public Long getCounterId() {
        return counterId;
    }

    public void setCounterId(Long counterId) {
        this.counterId = counterId;
    }
}
