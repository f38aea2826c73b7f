package vn.motcua.reporting.control;

/** What the rows of a status table are: agencies (rolled up their tree), sectors or procedures. */
public enum Grouping {
    AGENCY("agency_id"),
    SECTOR("sector_id"),
    PROCEDURE("procedure_id");

    private final String column;

    Grouping(String column) {
        this.column = column;
    }

    /** The column of {@code report_dossier} and {@code report_month_row} holding the row's key. */
    public String column() {
        return column;
    }
}
