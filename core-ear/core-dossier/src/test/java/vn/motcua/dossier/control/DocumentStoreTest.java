package vn.motcua.dossier.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.spi.DomainException;

/** Scans are judged by their content, limited in size, checksummed, and stored under keys no user can steer. */
class DocumentStoreTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01);
    static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    static final byte[] TIFF = bytes('I', 'I', 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0, 0, 0, 0);
    static final byte[] EXE = exe();
    static final byte[] HTML = "<!DOCTYPE html><html><head><script>alert(1)</script></head><body></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    DocumentStore store() {
        return new DocumentStore(root, 10 * 1024 * 1024);
    }

    @Test
    void aPdfNamedJpgIsStoredAsAPdf() throws Exception {
        DocumentStore.Stored stored = store().store("giay-to.jpg", new ByteArrayInputStream(PDF));
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.fileName()).isEqualTo("giay-to.jpg");
        assertThat(stored.size()).isEqualTo(PDF.length);
        assertThat(Files.readAllBytes(store().locate(stored.key()))).isEqualTo(PDF);
        try (var in = store().open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    static Stream<Arguments> scans() {
        return Stream.of(
                Arguments.of("a.pdf", PDF, "application/pdf"),
                Arguments.of("a.jpg", JPEG, "image/jpeg"),
                Arguments.of("a.png", PNG, "image/png"),
                Arguments.of("a.tif", TIFF, "image/tiff"),
                Arguments.of("anh-chup", JPEG, "image/jpeg"));
    }

    @ParameterizedTest
    @MethodSource("scans")
    void scansOfTheFourKindsAreAccepted(String name, byte[] content, String type) {
        assertThat(store().store(name, new ByteArrayInputStream(content)).contentType())
                .isEqualTo(type);
    }

    static Stream<Arguments> impostors() {
        return Stream.of(
                Arguments.of("ho-so.pdf", EXE),
                Arguments.of("ho-so.pdf", HTML),
                Arguments.of("scan.jpg", HTML),
                Arguments.of("ghi-chu.pdf", "chỉ là văn bản".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("impostors")
    void anythingElseIsRefusedWhateverItsNameAndNothingIsKept(String name, byte[] content) throws Exception {
        assertThatThrownBy(() -> store().store(name, new ByteArrayInputStream(content)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dossier.counter.file.type");
                    assertThat(e.arguments()[0]).isEqualTo(name);
                });
        assertThat(storedFiles()).isZero();
    }

    @Test
    void theSizeLimitIsInclusiveAndALargerFileLeavesNothingBehind() throws Exception {
        byte[] exactly = padded(PDF, 4096);
        var small = new DocumentStore(root, 4096);
        assertThat(small.store("vua-du.pdf", new ByteArrayInputStream(exactly)).size())
                .isEqualTo(4096);
        assertThatThrownBy(() -> small.store("qua-lon.pdf", new ByteArrayInputStream(padded(PDF, 4097))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("dossier.counter.file.tooLarge"));
        assertThat(storedFiles()).isEqualTo(1);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> store().store("rong.pdf", new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.counter.file.empty"));
    }

    @Test
    void theChecksumIsTheSha256OfTheBytes() throws Exception {
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(store().store("a.pdf", new ByteArrayInputStream(PDF)).sha256())
                .isEqualTo(expected)
                .hasSize(64);
    }

    @Test
    void theUsersFileNameNeverBecomesAPath() {
        DocumentStore.Stored stored = store().store("../../../etc/cron.d/x.pdf", new ByteArrayInputStream(PDF));
        assertThat(stored.key()).matches("[0-9]{4}/[0-9]{2}/[0-9a-f-]{36}").doesNotContain("x.pdf");
        assertThat(stored.fileName()).isEqualTo("x.pdf");
        assertThat(store().locate(stored.key())).startsWith(root);
        assertThat(store().store("C:\\Users\\a\\..\\scan.pdf", new ByteArrayInputStream(PDF))
                        .fileName())
                .isEqualTo("scan.pdf");
    }

    @Test
    void onlyKeysTheStoreMadeAreLocated() {
        for (String key :
                new String[] {"../secret", "2026/01/../../../etc/passwd", "/etc/passwd", "2026/01/x.pdf", "", null}) {
            assertThatThrownBy(() -> store().locate(key)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theSweepRemovesOldFilesNothingRefersToAndUnfinishedUploads() throws Exception {
        DocumentStore store = store();
        var kept = store.store("kept.pdf", new ByteArrayInputStream(PDF));
        var orphan = store.store("orphan.pdf", new ByteArrayInputStream(PDF));
        var recent = store.store("recent.pdf", new ByteArrayInputStream(PDF));
        Path unfinished =
                Files.createDirectories(root.resolve(DocumentStore.INCOMING)).resolve("x.part");
        Files.write(unfinished, PDF);
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        for (Path p : new Path[] {store.locate(kept.key()), store.locate(orphan.key()), unfinished}) {
            Files.setLastModifiedTime(p, old);
        }

        int deleted = store.sweep(Set.of(kept.key())::contains, Instant.now().minus(Duration.ofHours(24)));

        assertThat(deleted).isEqualTo(2);
        assertThat(store.locate(kept.key())).exists();
        assertThat(store.locate(recent.key())).exists();
        assertThat(store.locate(orphan.key())).doesNotExist();
        assertThat(unfinished).doesNotExist();
    }

    private long storedFiles() throws Exception {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] padded(byte[] start, int size) {
        byte[] b = new byte[size];
        System.arraycopy(start, 0, b, 0, start.length);
        for (int i = start.length; i < size; i++) {
            b[i] = ' ';
        }
        return b;
    }

    /** The start of a Windows executable: "MZ", DOS stub, "PE\0\0" at the offset the header names. */
    private static byte[] exe() {
        byte[] b = new byte[256];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        return b;
    }
}
