package vn.motcua.catalog.control.transfer;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of an import: procedures created, procedures that got a new version (both in force from
 * {@code effectiveFrom}), procedures the workbook brought unchanged (no new version), every refused line (sheet, line,
 * reason) in sheet and line order, and how long it took.
 */
public record ImportReport(
        int created, int revised, int unchanged, LocalDate effectiveFrom, List<Rejection> rejections, long millis)
        implements Serializable {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }

    /** Procedures published by the import (created or revised). */
    public int imported() {
        return created + revised;
    }

    /** The effective date as the screens write it. */
    public String effectiveFromText() {
        return effectiveFrom == null
                ? ""
                : effectiveFrom.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
