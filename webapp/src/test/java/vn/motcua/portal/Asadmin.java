package vn.motcua.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The test domain's {@code asadmin}, run as an operator runs it (admin port of the test domain, no prompt). */
final class Asadmin {

    record Answer(int exitCode, String output) {}

    private Asadmin() {}

    static Answer run(String... arguments) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("payara.home"));
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/asadmin").toString(),
                "--interactive=false",
                "--port",
                System.getProperty("payara.admin.port")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println("asadmin " + String.join(" ", arguments) + " answered: " + text);
        return new Answer(process.exitValue(), text);
    }
}
