package vn.motcua.plugins.licensing.licence.entity;

/** A numbering series of an issuing agency: its own counter per year and its own symbol in the number. */
public enum Series {
    /** Licences: {@code 12/GP-STTTT}. */
    LICENCE("GP", "GP"),
    /** Revocation decisions: {@code 3/QĐ-STTTT}. */
    DECISION("QD", "QĐ");

    private final String code;
    private final String symbol;

    Series(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /** Names the series in the core's numbering ({@code licensing.GP}), ASCII. */
    public String code() {
        return code;
    }

    /** Printed in the number. */
    public String symbol() {
        return symbol;
    }
}
