package vn.motcua.dossier.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.spi.DomainException;

/**
 * Scanned documents of dossiers, as files in one directory outside the web root that every server of a cluster mounts
 * ({@code motcua.uploads.dir}, set by server-config for each domain). A file is accepted by its content, never by its
 * name: PDF, JPEG, PNG or TIFF as Apache Tika reads the magic bytes, at most {@code motcua.uploads.max-mb} (10 MB).
 * It is written to {@code .incoming/} first while its SHA-256 is computed, then moved atomically to its key
 * {@code yyyy/MM/<random UUID>}: the user's file name never becomes part of a path, and a key read back is checked
 * against that shape before it touches the disk.
 *
 * <p>Bytes are stored before the dossier row that refers to them (the counter holds them as pending until "receive").
 * Bytes no row refers to are removed by {@link #sweep} once older than a day (a transaction rolled back, a form
 * abandoned), so a crash between disk and database never loses a stored file and never keeps garbage for long.
 */
@ApplicationScoped
public class DocumentStore {
    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());

    /** What a counter accepts as a scan. */
    public static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff");

    static final String INCOMING = ".incoming";
    private static final Pattern KEY =
            Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Tika TIKA = new Tika();

    /** A stored file: where it is and what it was found to be. */
    public record Stored(String key, String fileName, String contentType, long size, String sha256)
            implements Serializable {}

    @Inject
    @ConfigProperty(name = "motcua.uploads.dir")
    Optional<String> configuredDir;

    @Inject
    @ConfigProperty(name = "motcua.uploads.max-mb", defaultValue = "10")
    int maxMegabytes;

    private Path root;
    private long maxBytes;

    /** For CDI; configured in {@link #configure()}. */
    protected DocumentStore() {}

    /** A store over a directory with a size limit (tests, tools). */
    public DocumentStore(Path root, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    @PostConstruct
    void configure() {
        String dir = configuredDir.filter(d -> !d.isBlank()).orElseGet(() -> Optional.ofNullable(
                        System.getProperty("com.sun.aas.instanceRoot"))
                .map(instance -> instance + "/data/uploads")
                .orElse(System.getProperty("java.io.tmpdir") + "/motcua-uploads"));
        this.root = Path.of(dir).toAbsolutePath().normalize();
        this.maxBytes = maxMegabytes * 1024L * 1024L;
        LOG.info(() -> "Scanned documents are stored in " + root + " (at most " + maxMegabytes + " MB each)");
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores a scan, or refuses it with a message for the user (and keeps nothing).
     *
     * @throws DomainException {@code dossier.counter.file.empty}, {@code .tooLarge} or {@code .type}
     */
    public Stored store(String fileName, InputStream content) {
        String name = safeName(fileName);
        Path temp = null;
        try {
            Path incoming = Files.createDirectories(root.resolve(INCOMING));
            temp = incoming.resolve(UUID.randomUUID() + ".part");
            MessageDigest sha = sha256();
            long size;
            try (OutputStream out =
                    new DigestOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), sha)) {
                size = copyAtMost(content, out, maxBytes);
            }
            if (size < 0) {
                throw new DomainException("dossier.counter.file.tooLarge", name, maxBytes / (1024 * 1024));
            }
            if (size == 0) {
                throw new DomainException("dossier.counter.file.empty", name);
            }
            String type;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(temp))) {
                type = TIKA.detect(in); // magic bytes only: no name hint
            }
            if (!ACCEPTED.contains(type)) {
                throw new DomainException("dossier.counter.file.type", name, type);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            String key = newKey();
            Path target = locate(key);
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            temp = null;
            return new Stored(key, name, type, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + name + " in " + root, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warning(() -> "Cannot delete " + e.getMessage() + "; the sweep will");
                }
            }
        }
    }

    /** The file of a key; refuses anything that is not a key this store made. */
    public Path locate(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(locate(key));
    }

    /** Removes a stored file (a pending scan the officer took back); true when it was there. */
    public boolean delete(String key) {
        try {
            return Files.deleteIfExists(locate(key));
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + key + ": " + e.getMessage() + "; the sweep will");
            return false;
        }
    }

    /**
     * Deletes files older than {@code before} that nothing refers to, and unfinished uploads.
     *
     * @param referenced whether a dossier row refers to a key
     * @return how many files were deleted
     */
    public int sweep(Predicate<String> referenced, Instant before) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        FileTime cutoff = FileTime.from(before);
        int[] deleted = {0};
        try (var files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    if (Files.getLastModifiedTime(file).compareTo(cutoff) >= 0) {
                        return;
                    }
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    boolean orphan = relative.startsWith(INCOMING + "/")
                            || (KEY.matcher(relative).matches() && !referenced.test(relative));
                    if (orphan && Files.deleteIfExists(file)) {
                        deleted[0]++;
                    }
                } catch (NoSuchFileException goneMeanwhile) {
                    // another server of the cluster, sweeping the same shared folder at the same time, removed it
                } catch (IOException e) {
                    LOG.warning(() -> "Sweep skipped " + file + ": " + e.getMessage());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted[0];
    }

    /** The name as shown to people: no folders, no control characters, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "");
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "tep";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String newKey() {
        LocalDate today = LocalDate.now();
        return String.format("%04d/%02d/%s", today.getYear(), today.getMonthValue(), UUID.randomUUID());
    }

    /** Copies at most {@code limit} bytes; -1 when the content is longer. */
    private static long copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
