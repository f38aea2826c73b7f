package vn.motcua.catalog.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.motcua.catalog.control.transfer.ImportReport;
import vn.motcua.catalog.control.transfer.Rejection;
import vn.motcua.catalog.control.transfer.WorkbookReader;
import vn.motcua.platform.faces.Notices;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /admin/procedure-transfer.xhtml}: download the template, import a workbook from an effective date
 * and list every refused line, export the catalog in force. {@link CatalogTransfer} does the work.
 */
@Named
@ViewScoped
public class ProcedureTransferView implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CatalogTransfer transfer;

    private LocalDate effectiveFrom = LocalDate.now();
    private ImportReport report;
    private String fileName;

    public void checkAccess() {
        transfer.checkAccess();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        report = null;
        fileName = file.getFileName();
        try {
            report = transfer.importWorkbook(file.getContent(), effectiveFrom);
        } catch (DomainException e) {
            Notices.error(e);
            return;
        }
        if (report.rejections().isEmpty()) {
            Notices.info(
                    "catalog.transfer.summary.allImported",
                    report.imported(),
                    report.effectiveFromText(),
                    report.unchanged());
        }
    }

    public StreamedContent getTemplate() {
        return download("mau-nhap-thu-tuc.xlsx", transfer::template);
    }

    public StreamedContent getExport() {
        return download(
                "danh-muc-thu-tuc-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx",
                transfer::export);
    }

    /** The reason of a refused line in the user's language (a rule's key without text yet is shown as such). */
    public String reason(Rejection rejection) {
        String text = Notices.text(rejection.reasonKey(), rejection.args());
        return text.equals(rejection.reasonKey())
                ? Notices.text("catalog.transfer.reason.rule", rejection.reasonKey() + " " + rejection.arguments())
                : text;
    }

    public List<Rejection> getRejections() {
        return report == null ? List.of() : report.rejections();
    }

    public long getMaxBytes() {
        return WorkbookReader.MAX_BYTES;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    private static StreamedContent download(String name, Consumer<java.io.OutputStream> writer) {
        var bytes = new ByteArrayOutputStream();
        writer.accept(bytes);
        byte[] content = bytes.toByteArray();
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(XLSX)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }
}
