package vn.motcua.plugins.licensing.licence.entity;

/** What a licence allows to publish; {@link #printed()} is its name on the licence and the dossier. */
public enum LicenceKind {
    /** Giấy phép xuất bản bản tin (procedure 1.004652, amended by 1.004671, revoked by 9.990001). */
    BULLETIN("Giấy phép xuất bản bản tin"),
    /** Giấy phép xuất bản tài liệu không kinh doanh (procedure 1.004663). */
    NON_COMMERCIAL("Giấy phép xuất bản tài liệu không kinh doanh");

    private final String printed;

    LicenceKind(String printed) {
        this.printed = printed;
    }

    public String labelKey() {
        return "licensing.kind." + name();
    }

    public String printed() {
        return printed;
    }
}
