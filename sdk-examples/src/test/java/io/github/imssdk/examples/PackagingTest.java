package io.github.imssdk.examples;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release packaging, read from the project's own files: the BOM lists every published
 * artifact at the reactor's version, every published POM carries the metadata a central
 * repository requires, and the changelog has its unreleased section.
 */
class PackagingTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

    @Test
    void bomListsEveryPublishedJarAtTheReactorVersion() throws Exception {
        Element bom = pom(ROOT.resolve("sdk-bom/pom.xml"));
        String version = System.getProperty("ims.projectVersion");
        assertThat(child(bom, "version")).isEqualTo(version);
        assertThat(child(bom, "parent")).as("the BOM must not inherit third-party versions").isEmpty();
        List<String> managed = new ArrayList<>();
        Element dm = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
        NodeList deps = dm.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(child(d, "version")).as(child(d, "artifactId")).isEqualTo(version);
            managed.add(child(d, "groupId") + ":" + child(d, "artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(publishedJars());
    }

    @Test
    void publishedPomsCarryTheRequiredMetadata() throws Exception {
        Element parent = pom(ROOT.resolve("pom.xml"));
        for (String tag : new String[] {"name", "description", "url"}) {
            assertThat(child(parent, tag)).as("parent " + tag).isNotBlank();
        }
        for (String tag : new String[] {"licenses", "developers", "scm"}) {
            assertThat(parent.getElementsByTagName(tag).getLength()).as("parent " + tag).isEqualTo(1);
        }
        Element bom = pom(ROOT.resolve("sdk-bom/pom.xml"));
        for (String tag : new String[] {"name", "description", "url"}) {
            assertThat(child(bom, tag)).as("bom " + tag).isNotBlank();
        }
        for (String module : new String[] {"sdk-core", "sdk-models", "sdk-testing"}) {
            Element p = pom(ROOT.resolve(module).resolve("pom.xml"));
            assertThat(child(p, "name")).as(module + " name").isNotBlank();
            assertThat(child(p, "description")).as(module + " description").isNotBlank();
        }
        // The starter has no parent (Spring Boot's BOM decides its versions): it carries all of it itself.
        Element starter = pom(ROOT.resolve("sdk-spring-boot-starter/pom.xml"));
        assertThat(child(starter, "parent")).isEmpty();
        for (String tag : new String[] {"name", "description", "url"}) {
            assertThat(child(starter, tag)).as("starter " + tag).isNotBlank();
        }
        for (String tag : new String[] {"licenses", "developers", "scm"}) {
            assertThat(starter.getElementsByTagName(tag).getLength()).as("starter " + tag).isEqualTo(1);
        }
    }

    @Test
    void parentlessModulesMoveWithTheReactorVersion() throws Exception {
        String version = System.getProperty("ims.projectVersion");
        for (String module : new String[] {"sdk-bom", "sdk-consumer-check", "sdk-spring-boot-starter",
            "sdk-spring-boot-starter/boot4", "sdk-examples/spring-boot"}) {
            assertThat(child(pom(ROOT.resolve(module).resolve("pom.xml")), "version")).as(module).isEqualTo(version);
        }
    }

    @Test
    void changelogHasAnUnreleasedSection() throws Exception {
        String changelog = new String(Files.readAllBytes(ROOT.resolve("CHANGELOG.md")), StandardCharsets.UTF_8);
        assertThat(changelog).contains("## [Unreleased]").contains("keepachangelog.com");
    }

    /**
     * Jar modules of the reactor (in any profile) that are not marked unpublished
     * ({@code maven.deploy.skip}, in their own POM or in a parent between them and ours).
     */
    private static List<String> publishedJars() throws Exception {
        Element root = pom(ROOT.resolve("pom.xml"));
        List<String> out = new ArrayList<>();
        NodeList modules = root.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Path dir = ROOT.resolve(modules.item(i).getTextContent().trim());
            Element p = pom(dir.resolve("pom.xml"));
            String packaging = child(p, "packaging");
            if ((packaging.isEmpty() || packaging.equals("jar")) && !deploySkipped(dir, p)) {
                out.add("io.github.imssdk:" + child(p, "artifactId"));
            }
        }
        return out;
    }

    private static boolean deploySkipped(Path dir, Element p) throws Exception {
        while (true) {
            if (p.getElementsByTagName("maven.deploy.skip").getLength() > 0) {
                return true;
            }
            Element parent = (Element) p.getElementsByTagName("parent").item(0);
            if (parent == null || child(parent, "artifactId").equals("ims-sdk-parent")) {
                return false;
            }
            String relative = child(parent, "relativePath");
            dir = dir.resolve(relative.isEmpty() ? ".." : relative.replaceFirst("/?pom\\.xml$", "")).normalize();
            p = pom(dir.resolve("pom.xml"));
        }
    }

    private static Element pom(Path file) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        return d.getDocumentElement();
    }

    /** @return the text of the direct child element {@code tag}, or "" */
    private static String child(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(tag)) {
                return n.getTextContent().trim();
            }
        }
        return "";
    }
}
