package vn.motcua.catalog.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.catalog.entity.StoredFile;
import vn.motcua.directory.entity.Agency;

/**
 * Whether two versions of a procedure say the same thing to an applicant and to the officers: headline, documents,
 * fees, process and form, in order. Dates, numbers and notes of the versions themselves do not count. An import that
 * brings a procedure unchanged then publishes no new version of it.
 */
public final class VersionContent {

    private VersionContent() {}

    public static boolean same(ProcedureVersion a, ProcedureVersion b) {
        return fingerprint(a).equals(fingerprint(b));
    }

    /** What a version says, as a list of comparable values. */
    static List<Object> fingerprint(ProcedureVersion v) {
        var all = new ArrayList<Object>();
        all.add(List.of(
                text(v.getName()),
                id(v.getSector()),
                id(v.getDecidingAgency()),
                text(v.getLegalBasis()),
                text(v.getResultName()),
                String.valueOf(v.getOnlineLevel()),
                number(v.getStatutoryDays()),
                String.valueOf(v.getSupplementClock())));
        for (RequiredDocument d : v.getDocuments()) {
            all.add(List.of(
                    "document",
                    text(d.getName()),
                    String.valueOf(d.getCopyKind()),
                    d.getCopies(),
                    d.isMandatory(),
                    d.getDocumentType() == null
                            ? ""
                            : String.valueOf(d.getDocumentType().getId()),
                    file(d.getTemplate())));
        }
        for (Fee f : v.getFees()) {
            all.add(List.of(
                    "fee",
                    text(f.getName()),
                    String.valueOf(f.getKind()),
                    number(f.getAmount()),
                    String.valueOf(f.getDue()),
                    text(f.getNote())));
        }
        for (ProcessStep s : v.getSteps()) {
            all.add(List.of(
                    "step",
                    text(s.getName()),
                    s.getRole() == null ? "" : String.valueOf(s.getRole().getId()),
                    String.valueOf(s.getActing()),
                    id(s.getAgency()),
                    number(s.getBudgetDays()),
                    new TreeSet<>(s.getActions().stream().map(String::valueOf).toList()).toString()));
        }
        for (FormField f : v.getFormFields()) {
            all.add(List.of(
                    "field",
                    text(f.getKey()),
                    text(f.getLabel()),
                    String.valueOf(f.getType()),
                    f.isRequired(),
                    text(f.getPattern()),
                    text(f.getChoices()),
                    text(f.getHint())));
        }
        return all;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String id(Sector sector) {
        return sector == null ? "" : String.valueOf(sector.getId());
    }

    private static String id(Agency agency) {
        return agency == null ? "" : String.valueOf(agency.getId());
    }

    private static String file(StoredFile file) {
        return file == null ? "" : Objects.toString(file.getId(), "");
    }
}
