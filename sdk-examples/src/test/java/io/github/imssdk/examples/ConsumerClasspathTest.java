package io.github.imssdk.examples;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user's project gets, set up as README's "Install" section shows (the BOM, ims-sdk-models,
 * ims-sdk-testing in test scope): exactly the jars the README names, in the scope it names.
 * Resolved by the parentless module sdk-consumer-check, which sees what a consumer sees (our
 * parent's dependency management does not reach consumers).
 */
class ConsumerClasspathTest {

    @Test
    void aConsumerGetsExactlyTheJarsTheReadmeNames() throws Exception {
        Path list = Paths.get("..", "sdk-consumer-check", "target", "consumer-dependencies.txt");
        assertThat(list).as("written by sdk-consumer-check's build, which runs before this module").exists();
        TreeMap<String, String> scopes = scopes(Files.readAllLines(list, StandardCharsets.UTF_8));
        TreeMap<String, String> expected = new TreeMap<>();
        for (String runtime : new String[] {"io.github.imssdk:ims-sdk-models", "io.github.imssdk:ims-sdk-core",
            "com.squareup.okhttp3:okhttp-jvm", "com.squareup.okio:okio-jvm", "org.jetbrains.kotlin:kotlin-stdlib",
            "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
            "com.fasterxml.jackson.core:jackson-annotations", "org.slf4j:slf4j-api"}) {
            expected.put(runtime, "compile");
        }
        expected.put("io.github.imssdk:ims-sdk-testing", "test");
        expected.put("com.squareup.okhttp3:mockwebserver3", "test");
        assertThat(scopes).isEqualTo(expected);
    }

    @Test
    void theReadmeNamesThoseJars() throws Exception {
        String readme = new String(Files.readAllBytes(Paths.get("..", "README.md")), StandardCharsets.UTF_8);
        assertThat(readme).contains("`okhttp-jvm`", "`okio-jvm`", "`kotlin-stdlib`", "`jackson-databind`", "`slf4j-api`",
                "`mockwebserver3`");
    }

    /** @return {@code groupId:artifactId} to scope, from {@code dependency:list} output */
    static TreeMap<String, String> scopes(List<String> lines) {
        TreeMap<String, String> out = new TreeMap<>();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+")[0].split(":");
            if (parts.length >= 5) {
                out.put(parts[0] + ":" + parts[1], parts[parts.length - 1]);
            }
        }
        return out;
    }
}
