package vn.motcua.dossier.printing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.dossier.entity.FormTemplate;
import vn.motcua.dossier.printing.control.DefaultTemplates;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.printing.control.FormRenderer;
import vn.motcua.dossier.printing.control.FormTemplateText;
import vn.motcua.dossier.printing.control.SampleSheets;
import vn.motcua.dossier.printing.control.TemplateProblem;
import vn.motcua.dossier.printing.control.TemplateVersion;
import vn.motcua.dossier.printing.control.TemplatesInForce;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.security.control.SignedInUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.NotAuthorizedException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The versions of the printable forms' templates (forms 01-05): which one is in force, their texts, a preview with a
 * made-up dossier, and new versions from a date on. A new version is stored only whole and checked (no
 * {@link TemplateProblem}), never back-dated (a dossier keeps the forms of the day it was received), and only by an
 * admin whose scope is the whole province ({@value AgencyScope#ALL}), as every agency prints with it.
 *
 * <p>Permissions: {@code dossier:template:view} to read, {@code dossier:template:edit} to add a version.
 */
@ApplicationScoped
@RequiresPermissions("dossier:template:view")
public class FormTemplates {

    /** Far more than the 20,000 characters a template may have, even at three bytes each. */
    public static final int MAX_BYTES = 100_000;

    private static final FormRenderer RENDERER = new FormRenderer();

    /** Where a stored version stands today. */
    public enum Status {
        /** Prints today's forms. */
        IN_FORCE,
        /** Takes over on its date. */
        SCHEDULED,
        /** Replaced by a later version; still prints the forms of dossiers received while it was in force. */
        SUPERSEDED
    }

    /** One stored version as the admin screen lists it. */
    public record VersionRow(
            FormKind kind,
            int version,
            LocalDate effectiveFrom,
            LocalDateTime createdAt,
            String createdBy,
            Status status) {}

    /**
     * One form: the version in force today ({@code null}: the built-in template) and the next scheduled one, if any.
     */
    public record FormRow(FormKind kind, VersionRow inForce, VersionRow scheduled) {}

    /** A template's text with the file name it downloads as. */
    public record TemplateFile(String fileName, String content) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = "motcua.province.place-name", defaultValue = "Thái Hòa")
    String placeName;

    @Inject
    @ConfigProperty(name = "motcua.public.base-url", defaultValue = "http://localhost:8080/motcua")
    String publicBaseUrl;

    /** The five forms with the version in force today and the next one scheduled. */
    @Transactional
    public List<FormRow> forms() {
        List<VersionRow> versions = versions();
        return Arrays.stream(FormKind.values())
                .map(kind -> new FormRow(
                        kind,
                        versions.stream()
                                .filter(v -> v.kind() == kind && v.status() == Status.IN_FORCE)
                                .findFirst()
                                .orElse(null),
                        versions.stream()
                                .filter(v -> v.kind() == kind && v.status() == Status.SCHEDULED)
                                .min(Comparator.comparing(VersionRow::effectiveFrom))
                                .orElse(null)))
                .toList();
    }

    /** Every stored version, by form and newest first (a handful per form: templates change with the law). */
    @Transactional
    public List<VersionRow> versions() {
        LocalDate today = LocalDate.now();
        List<FormTemplate> stored = em.createQuery(
                        "select t from FormTemplate t order by t.kind, t.versionNumber desc", FormTemplate.class)
                .getResultList();
        return stored.stream()
                .map(t -> {
                    Optional<TemplateVersion> inForce = TemplatesInForce.choose(
                            t.getKind(),
                            today,
                            stored.stream().map(FormTemplate::toVersion).toList());
                    Status status = t.getEffectiveFrom().isAfter(today)
                            ? Status.SCHEDULED
                            : inForce.map(v -> v.version() == t.getVersionNumber())
                                            .orElse(false)
                                    ? Status.IN_FORCE
                                    : Status.SUPERSEDED;
                    return new VersionRow(
                            t.getKind(),
                            t.getVersionNumber(),
                            t.getEffectiveFrom(),
                            t.getCreatedAt(),
                            t.getCreatedBy(),
                            status);
                })
                .sorted(Comparator.comparing(VersionRow::kind)
                        .thenComparing(
                                Comparator.comparingInt(VersionRow::version).reversed()))
                .toList();
    }

    /**
     * A template's text: {@code version} null for the one in force today, 0 for the built-in one, else that stored
     * version.
     */
    @Transactional
    public TemplateFile text(FormKind kind, Integer version) {
        int number = version == null ? inForceToday(kind) : version;
        String content =
                number == 0 ? DefaultTemplates.text(kind) : stored(kind, number).getContent();
        return new TemplateFile(
                "mau-" + kind.resourceName() + (number == 0 ? "-mac-dinh" : "-v" + number) + ".txt", content);
    }

    /** The form printed with a template ({@code version} as in {@link #text}) for a made-up dossier, as PDF. */
    @Transactional
    public byte[] preview(FormKind kind, Integer version) {
        String content = text(kind, version).content();
        return RENDERER.render(
                SampleSheets.of(kind, placeName, publicBaseUrl, LocalDate.now()),
                FormTemplateText.parse(kind, content));
    }

    /**
     * Reads an uploaded file as a template: UTF-8 (a byte-order mark is dropped), composed Unicode (NFC, as
     * Vietnamese text typed on some systems arrives decomposed).
     *
     * @throws DomainException {@code dossier.template.empty}, {@code .tooLarge} or {@code .notUtf8}
     */
    public String read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new DomainException("dossier.template.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new DomainException("dossier.template.tooLarge", String.valueOf(MAX_BYTES / 1000));
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            throw new DomainException("dossier.template.notUtf8");
        }
    }

    /** Every problem of a template for a form, in Vietnamese; empty when it may be stored. */
    public List<TemplateProblem> check(FormKind kind, String content) {
        return FormTemplateText.check(kind, content);
    }

    /**
     * Stores a new version of a form's template, in force from {@code effectiveFrom} (today or later).
     *
     * @throws DomainException {@code dossier.template.dateRequired}, {@code .dateInPast}, {@code .invalid} (arguments:
     *     the number of problems and their text), or any of {@link #read}'s
     */
    @Transactional
    @RequiresPermissions("dossier:template:edit")
    public VersionRow add(FormKind kind, LocalDate effectiveFrom, byte[] file) {
        if (!scope.unrestricted()) {
            throw new NotAuthorizedException(AgencyScope.ALL);
        }
        if (kind == null) {
            throw new DomainException("dossier.template.kindRequired");
        }
        if (effectiveFrom == null) {
            throw new DomainException("dossier.template.dateRequired");
        }
        if (effectiveFrom.isBefore(LocalDate.now())) {
            throw new DomainException("dossier.template.dateInPast");
        }
        String content = read(file);
        List<TemplateProblem> problems = check(kind, content);
        if (!problems.isEmpty()) {
            throw new DomainException(
                    "dossier.template.invalid",
                    String.valueOf(problems.size()),
                    problems.stream().map(TemplateProblem::toString).collect(Collectors.joining(" · ")));
        }
        int next = em.createQuery(
                                "select coalesce(max(t.versionNumber), 0) from FormTemplate t where t.kind = :kind",
                                Integer.class)
                        .setParameter("kind", kind)
                        .getSingleResult()
                + 1;
        var template = new FormTemplate(kind, next, effectiveFrom, content, uploader());
        try {
            em.persist(template);
            em.flush(); // two uploads of the same form at once: the unique (form, version) lets one through
        } catch (PersistenceException e) {
            throw new DomainException("dossier.template.concurrentUpload");
        }
        return new VersionRow(
                kind,
                next,
                effectiveFrom,
                template.getCreatedAt(),
                template.getCreatedBy(),
                effectiveFrom.isAfter(LocalDate.now()) ? Status.SCHEDULED : Status.IN_FORCE);
    }

    private String uploader() {
        SignedInUser user = currentUser.require();
        String who = user.displayName() + " (" + user.username() + ")";
        return who.length() <= 100 ? who : who.substring(0, 100);
    }

    private int inForceToday(FormKind kind) {
        return TemplatesInForce.choose(
                        kind,
                        LocalDate.now(),
                        em.createQuery("select t from FormTemplate t where t.kind = :kind", FormTemplate.class)
                                .setParameter("kind", kind)
                                .getResultStream()
                                .map(FormTemplate::toVersion)
                                .toList())
                .map(TemplateVersion::version)
                .orElse(0);
    }

    private FormTemplate stored(FormKind kind, int version) {
        return em.createQuery(
                        "select t from FormTemplate t where t.kind = :kind and t.versionNumber = :version",
                        FormTemplate.class)
                .setParameter("kind", kind)
                .setParameter("version", version)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("dossier.template.notFound"));
    }
}
