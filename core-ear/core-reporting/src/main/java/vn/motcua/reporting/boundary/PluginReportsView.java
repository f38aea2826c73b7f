package vn.motcua.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.motcua.platform.faces.Notices;
import vn.motcua.reporting.boundary.PluginReports.ReportRef;
import vn.motcua.reporting.boundary.PluginReports.Run;
import vn.motcua.spi.DomainException;

/** Screen /reports/plugins: pick a department report and a period, see it, export it to Excel. */
@Named
@ViewScoped
public class PluginReportsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    PluginReports reports;

    private List<ReportRef> available = List.of();
    private String report;
    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private LocalDate to = LocalDate.now();
    private Run run;

    @PostConstruct
    void open() {
        available = reports.available(Faces.getLocale());
        if (available.size() == 1) {
            report = available.get(0).key();
        }
    }

    public void show() {
        try {
            run = reports.run(report, from, to, Faces.getLocale());
        } catch (DomainException e) {
            run = null;
            Notices.error(e);
        }
    }

    public StreamedContent getExcel() {
        if (run == null) {
            return null;
        }
        byte[] workbook = reports.excel(run);
        return DefaultStreamedContent.builder()
                .name(run.report().reportId() + "-" + run.from() + "-" + run.to() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(workbook))
                .build();
    }

    /** A value as the table shows it: amounts with thousands separators, dates as dd/MM/yyyy. */
    public String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
            return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(value);
        }
        if (value instanceof LocalDate day) {
            return day.format(DATE);
        }
        return String.valueOf(value);
    }

    /** Column indexes, for p:columns. */
    public List<Integer> getColumns() {
        return run == null
                ? List.of()
                : java.util.stream.IntStream.range(0, run.headings().size())
                        .boxed()
                        .toList();
    }

    public List<ReportRef> getAvailable() {
        return available;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
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

    public Run getRun() {
        return run;
    }
}
