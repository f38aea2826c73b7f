package vn.motcua.plugins.licensing;

import java.util.Set;

/** The catalog procedures the plugin serves, by national code (the catalog rows are data: sql/demo, or an admin). */
public final class LicensingProcedures {

    /** Cấp giấy phép xuất bản bản tin. */
    public static final String BULLETIN = "1.004652";

    /** Cấp giấy phép xuất bản tài liệu không kinh doanh. */
    public static final String NON_COMMERCIAL = "1.004663";

    /** Sửa đổi, bổ sung giấy phép xuất bản bản tin. */
    public static final String AMENDMENT = "1.004671";

    /**
     * Thu hồi giấy phép xuất bản bản tin: a provincial procedure of tỉnh Thái Hòa, not in the national database. The
     * national database numbers procedures 1.xxxxxx to 3.xxxxxx; the leading 9 marks a code the province gave itself.
     */
    public static final String REVOCATION = "9.990001";

    /** The procedures whose result is a licence (new, or amended). */
    public static final Set<String> LICENCES = Set.of(BULLETIN, NON_COMMERCIAL, AMENDMENT);

    private LicensingProcedures() {}
}
