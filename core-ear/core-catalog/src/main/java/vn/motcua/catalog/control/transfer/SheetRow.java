package vn.motcua.catalog.control.transfer;

import java.util.List;

/** One non-empty data row of a sheet: its Excel line number (1 = header) and its cells as text, blanks as "". */
public record SheetRow(String sheet, int line, List<String> cells) {

    public String cell(int column) {
        return column < cells.size() && cells.get(column) != null
                ? cells.get(column).strip()
                : "";
    }

    public String code() {
        return cell(0);
    }
}
