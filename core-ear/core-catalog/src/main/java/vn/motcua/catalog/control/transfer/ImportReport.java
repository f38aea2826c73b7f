package vn.motcua.catalog.control.transfer;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of an import: procedures created, procedures that got a new version, every refused line (sheet, line,
 * reason) in sheet and line order, and how long it took.
 */
public record ImportReport(int created, int revised, List<Rejection> rejections, long millis) implements Serializable {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }

    public int imported() {
        return created + revised;
    }
}
