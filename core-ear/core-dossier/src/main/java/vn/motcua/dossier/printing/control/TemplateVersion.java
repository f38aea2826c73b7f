package vn.motcua.dossier.printing.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored template of one form, as the choice of the template in force sees it (the entity
 * {@code vn.motcua.dossier.entity.FormTemplate} gives one).
 *
 * @param kind the form
 * @param version the version number, increasing per form
 * @param effectiveFrom the first day it is in force
 * @param content the template text
 */
public record TemplateVersion(FormKind kind, int version, LocalDate effectiveFrom, String content) {
    public TemplateVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(content, "content");
    }
}
