package io.github.imssdk.core.testsupport;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The dependency policy of the published modules, and the reader of what a module brings into a
 * consumer's runtime: {@code target/runtime-dependencies.txt}, written by the build's
 * {@code dependency:list} (runtime scope) before the tests run.
 */
public final class RuntimeDependencies {
    /**
     * What we chose not to ship, as {@code groupId:artifactId} patterns ({@code *} for any
     * artifact): read from the enforcer's {@code bannedDependencies} in the root {@code pom.xml},
     * so the build guard and these tests enforce one list.
     */
    public static final List<String> BANNED = readBannedFromRootPom();

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
            for (String rule : BANNED) {
                if (rule.endsWith(":*") ? a.startsWith(rule.substring(0, rule.length() - 1)) : a.equals(rule)) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    private static List<String> readBannedFromRootPom() {
        try {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(Paths.get("..", "pom.xml").toFile()).getDocumentElement();
            Element rule = (Element) root.getElementsByTagName("bannedDependencies").item(0);
            NodeList excludes = rule.getElementsByTagName("exclude");
            TreeSet<String> patterns = new TreeSet<>();
            for (int i = 0; i < excludes.getLength(); i++) {
                // groupId:artifactId:version:type:scope -> groupId:artifactId
                String[] parts = excludes.item(i).getTextContent().trim().split(":");
                patterns.add(parts[0] + ":" + (parts.length > 1 ? parts[1] : "*"));
            }
            if (patterns.isEmpty()) {
                throw new IllegalStateException("no bannedDependencies excludes in the root pom.xml");
            }
            return Collections.unmodifiableList(new ArrayList<>(patterns));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dependency policy from ../pom.xml", e);
        }
    }
}
