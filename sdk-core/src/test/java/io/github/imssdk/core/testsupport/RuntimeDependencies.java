package io.github.imssdk.core.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The dependency policy of the published modules, and the reader of what a module brings into a
 * consumer's runtime: {@code target/runtime-dependencies.txt}, written by the build's
 * {@code dependency:list} (runtime scope) before the tests run.
 */
public final class RuntimeDependencies {
    /**
     * What we chose not to ship: group ids (and everything under them) and exact
     * {@code groupId:artifactId} pairs.
     */
    public static final List<String> BANNED = List.of(
            "org.bouncycastle", "javax.xml.bind", "jakarta.xml.bind", "com.sun.xml.bind", "org.glassfish.jaxb",
            "com.google.code.gson", "commons-logging", "org.apache.httpcomponents",
            "com.aliyun:aliyun-java-sdk-core");

    private RuntimeDependencies() {
    }

    /**
     * @return the {@code groupId:artifactId} of every runtime dependency of the module whose
     *     tests are running, sorted
     * @throws IOException when the build did not write the list
     */
    public static TreeSet<String> ofThisModule() throws IOException {
        return parse(Files.readAllLines(Paths.get("target", "runtime-dependencies.txt"), StandardCharsets.UTF_8));
    }

    /**
     * @param lines the output of {@code dependency:list}
     * @return {@code groupId:artifactId} of each artifact listed
     */
    public static TreeSet<String> parse(List<String> lines) {
        TreeSet<String> out = new TreeSet<>();
        for (String line : lines) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("The following") || t.equalsIgnoreCase("none")) {
                continue;
            }
            String[] parts = t.split("\\s+")[0].split(":");
            if (parts.length >= 4) {
                out.add(parts[0] + ":" + parts[1]);
            }
        }
        return out;
    }

    /**
     * @param artifacts {@code groupId:artifactId} pairs
     * @return those the policy bans
     */
    public static List<String> banned(Collection<String> artifacts) {
        List<String> out = new ArrayList<>();
        for (String a : artifacts) {
            String group = a.substring(0, a.indexOf(':')).toLowerCase(Locale.ROOT);
            for (String rule : BANNED) {
                boolean hit = rule.contains(":") ? a.equals(rule) : group.equals(rule) || group.startsWith(rule + ".");
                if (hit) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }
}
