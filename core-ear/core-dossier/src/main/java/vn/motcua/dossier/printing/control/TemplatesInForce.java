package vn.motcua.dossier.printing.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which template prints a form for a dossier: the one in force on the day that matters (a dossier keeps the form set
 * of the day it was received), else the built-in default.
 */
public final class TemplatesInForce {
    private TemplatesInForce() {}

    /**
     * The stored version of this form with the latest {@code effectiveFrom} on or before the date; between versions
     * effective on the same day, the highest version number. Empty when none is in force yet.
     */
    public static Optional<TemplateVersion> choose(FormKind kind, LocalDate on, Collection<TemplateVersion> stored) {
        return stored.stream()
                .filter(v -> v.kind() == kind && !v.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(TemplateVersion::effectiveFrom).thenComparingInt(TemplateVersion::version));
    }

    /**
     * The template to print with: the stored version in force on the date, else the built-in default.
     *
     * @throws InvalidTemplateException when the stored version in force is broken (uploads are checked, so only a
     *     template edited in the database behind the application's back)
     */
    public static FormTemplateText template(FormKind kind, LocalDate on, Collection<TemplateVersion> stored) {
        return choose(kind, on, stored)
                .map(v -> FormTemplateText.parse(kind, v.content()))
                .orElseGet(() -> DefaultTemplates.of(kind));
    }
}
