package io.github.imssdk.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the suite's tables and load figures go: a file under the module's
 * {@code target/reliability/}, and one summary line on the build's output.
 */
public final class Reports {
    private Reports() {
    }

    /**
     * Writes {@code details} to {@code target/reliability/<file>} and prints {@code summary} with
     * the file's path on one line.
     *
     * @return the file written
     */
    public static Path publish(String file, String summary, String details) {
        Path dir = Paths.get("target", "reliability");
        Path out = dir.resolve(file);
        try {
            Files.createDirectories(dir);
            Files.write(out, details.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(summary + " (details: " + out + ")");
        return out;
    }
}
