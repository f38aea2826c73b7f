package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.directory.boundary.PluginsHere;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.report.ReportColumn;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportProvider;
import vn.motcua.spi.report.ReportTable;

/**
 * The reports department plugins offer ({@link ReportProvider}): which the officer may open (plugin enabled for
 * their agency, the report's permission held), running one for a period over the agencies in their scope, and its
 * Excel export. The core owns the rendering; plugins only answer with rows.
 */
@Named
@ApplicationScoped
public class PluginReports {

    /** A report the officer may open. */
    public record ReportRef(String pluginId, String reportId, String title) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        public String key() {
            return pluginId + "/" + reportId;
        }
    }

    /** A report run: headings in the officer's language, the rows, the optional totals. */
    public record Run(
            ReportRef report,
            LocalDate from,
            LocalDate to,
            List<String> headings,
            List<ReportColumn.ColumnType> types,
            ReportTable table)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    @Any
    Instance<ReportProvider> providers;

    @Inject
    PluginSwitches switches;

    @Inject
    PluginsHere pluginsHere;

    @Inject
    CurrentUser currentUser;

    @Inject
    OfficerContext officer;

    /** The reports the signed-in officer may open, by title. */
    public List<ReportRef> available(Locale locale) {
        Set<String> enabled = switches.enabledForMe();
        var refs = new ArrayList<ReportRef>();
        for (Instance.Handle<ReportProvider> handle : providers.handles()) {
            String pluginId = pluginId(handle);
            ReportProvider provider = handle.get();
            if (pluginId != null && enabled.contains(pluginId) && currentUser.permitted(provider.permission())) {
                refs.add(new ReportRef(pluginId, provider.id(), Messages.text(locale, provider.titleKey())));
            }
        }
        refs.sort(Comparator.comparing(ReportRef::title));
        return refs;
    }

    /**
     * Whether the menu should offer the reports page at all: asked by the officers' template on every page, so it
     * takes the plugins switched on for this request's officer from {@link PluginsHere} (read once per request, shared
     * with the menus) and looks up no title.
     */
    public boolean anyAvailable() {
        if (!currentUser.isSignedIn()) {
            return false;
        }
        for (Instance.Handle<ReportProvider> handle : providers.handles()) {
            String pluginId = pluginId(handle);
            if (pluginId != null
                    && pluginsHere.enabled(pluginId)
                    && currentUser.permitted(handle.get().permission())) {
                return true;
            }
        }
        return false;
    }

    /** Runs a report over the officer's agencies; refuses reports they may not open and backwards periods. */
    @Transactional
    public Run run(String key, LocalDate from, LocalDate to, Locale locale) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new DomainException("reporting.plugin.period");
        }
        ReportRef ref = available(locale).stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new DomainException("reporting.plugin.notAvailable"));
        ReportProvider provider = provider(ref);
        Set<Long> agencies = officer.agencyIdsInScope();
        if (agencies.isEmpty()) {
            throw new DomainException("reporting.plugin.notAvailable");
        }
        ReportTable table = provider.run(new ReportParameters(from, to, agencies));
        return new Run(
                ref,
                from,
                to,
                provider.columns().stream()
                        .map(c -> Messages.text(locale, c.titleKey()))
                        .toList(),
                provider.columns().stream().map(ReportColumn::type).toList(),
                table);
    }

    /** The run as an Excel workbook: a title row, the period, headings, rows and totals. */
    public byte[] excel(Run run) {
        try (var workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(run.report().title());
            title.getCell(0).setCellStyle(heading);
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue(run.from().format(DATE) + " - " + run.to().format(DATE));
            r++;
            Row head = sheet.createRow(r++);
            for (int c = 0; c < run.headings().size(); c++) {
                head.createCell(c).setCellValue(run.headings().get(c));
                head.getCell(c).setCellStyle(heading);
            }
            for (List<Object> values : run.table().rows()) {
                write(sheet.createRow(r++), values, run.types(), money, date, null);
            }
            if (run.table().totals() != null) {
                write(sheet.createRow(r), run.table().totals(), run.types(), money, date, heading);
            }
            for (int c = 0; c < run.headings().size(); c++) {
                sheet.setColumnWidth(c, 22 * 256);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(
            Row row,
            List<Object> values,
            List<ReportColumn.ColumnType> types,
            CellStyle money,
            CellStyle date,
            CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            var cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number instanceof BigDecimal b ? b.doubleValue() : number.doubleValue());
                if (c < types.size() && types.get(c) == ReportColumn.ColumnType.MONEY) {
                    cell.setCellStyle(money);
                }
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value != null) {
                cell.setCellValue(String.valueOf(value));
            }
            if (style != null && !(value instanceof Number)) {
                cell.setCellStyle(style);
            }
        }
    }

    private ReportProvider provider(ReportRef ref) {
        for (Instance.Handle<ReportProvider> handle : providers.handles()) {
            if (ref.pluginId().equals(pluginId(handle)) && handle.get().id().equals(ref.reportId())) {
                return handle.get();
            }
        }
        throw new DomainException("reporting.plugin.notAvailable");
    }

    private static String pluginId(Instance.Handle<ReportProvider> handle) {
        return handle.getBean().getQualifiers().stream()
                .filter(Plugin.class::isInstance)
                .map(q -> ((Plugin) q).value())
                .findFirst()
                .orElse(null);
    }
}
