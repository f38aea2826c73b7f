package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;
import vn.motcua.catalog.entity.StoredFile;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Form templates an applicant downloads (đơn, tờ khai): stored in the database with their SHA-256, accepted only
 * when their content (not their name) is a document type people can open and fill in.
 */
@ApplicationScoped
public class TemplateFiles {

    /** 5 MB: a form template is a few pages. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    static final Set<String> ACCEPTED = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet");

    private static final Tika TIKA = new Tika();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Transactional
    @RequiresPermissions("catalog:edit")
    public StoredFile store(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("catalog.template.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("catalog.template.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = detect(content, fileName);
        if (!ACCEPTED.contains(type)) {
            throw new DomainException("catalog.template.type");
        }
        var file = new StoredFile(
                safeName(fileName),
                type,
                content,
                sha256(content),
                currentUser.require().username());
        em.persist(file);
        return file;
    }

    /** A stored template with its content, for download (templates are public information). */
    @Transactional
    public Optional<StoredFile> find(long id) {
        StoredFile file = em.find(StoredFile.class, id);
        if (file != null) {
            file.getContent();
        }
        return Optional.ofNullable(file);
    }

    /** The type by magic bytes; the name only tells the OOXML/ODF containers apart. */
    static String detect(byte[] content, String fileName) {
        try {
            return TIKA.detect(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safeName(String fileName) {
        String name = fileName == null
                ? "mau.pdf"
                : fileName.replaceAll("^.*[/\\\\]", "").strip();
        name = name.replaceAll("[\\p{Cntrl}\"]", "");
        return name.isEmpty() ? "mau" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
