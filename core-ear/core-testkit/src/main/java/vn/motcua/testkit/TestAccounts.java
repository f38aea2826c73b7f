package vn.motcua.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The admin's initial password, as the installer wrote it for the test domain (never a fixed string). */
public final class TestAccounts {

    private TestAccounts() {}

    public static String adminInitialPassword() {
        String file = System.getProperty("motcua.admin.password.file");
        if (file == null) {
            throw new IllegalStateException("System property motcua.admin.password.file is not set; run with Maven.");
        }
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
