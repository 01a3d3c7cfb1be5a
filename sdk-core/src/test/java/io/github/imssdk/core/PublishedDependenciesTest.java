package io.github.imssdk.core;

import io.github.imssdk.core.testsupport.RuntimeDependencies;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ims-sdk-core brings into a consumer's runtime: OkHttp (with okio and kotlin-stdlib),
 * Jackson and slf4j-api, and nothing the policy bans. aliyun-java-sdk-core appears only as the
 * optional dependency of the credentials bridge, without anything of its own.
 */
class PublishedDependenciesTest {

    @Test
    void thePolicyCatchesEveryBannedFamily() {
        Set<String> sample = new TreeSet<>(List.of("org.bouncycastle:bcprov-jdk18on", "javax.xml.bind:jaxb-api",
                "jakarta.xml.bind:jakarta.xml.bind-api", "com.google.code.gson:gson", "commons-logging:commons-logging",
                "org.apache.httpcomponents:httpclient", "org.apache.httpcomponents.client5:httpclient5",
                "org.glassfish.jaxb:jaxb-runtime", "com.aliyun:aliyun-java-sdk-core",
                "com.squareup.okhttp3:okhttp-jvm", "com.aliyun:tea", "commons-codec:commons-codec"));
        assertThat(RuntimeDependencies.banned(sample)).containsExactlyInAnyOrder("org.bouncycastle:bcprov-jdk18on",
                "javax.xml.bind:jaxb-api", "jakarta.xml.bind:jakarta.xml.bind-api", "com.google.code.gson:gson",
                "commons-logging:commons-logging", "org.apache.httpcomponents:httpclient",
                "org.apache.httpcomponents.client5:httpclient5", "org.glassfish.jaxb:jaxb-runtime",
                "com.aliyun:aliyun-java-sdk-core");
    }

    @Test
    void readsTheBuildsDependencyList() {
        assertThat(RuntimeDependencies.parse(List.of("", "The following files have been resolved:",
                "   com.squareup.okhttp3:okhttp-jvm:jar:5.3.2:compile -- module okhttp3 [auto]",
                "   org.slf4j:slf4j-api:jar:2.0.17:compile", "")))
                .containsExactly("com.squareup.okhttp3:okhttp-jvm", "org.slf4j:slf4j-api");
    }

    @Test
    void runtimeHasOnlyTheChosenLibraries() throws Exception {
        TreeSet<String> runtime = RuntimeDependencies.ofThisModule();
        assertThat(runtime).containsExactlyInAnyOrder(
                "com.squareup.okhttp3:okhttp-jvm", "com.squareup.okio:okio-jvm", "org.jetbrains.kotlin:kotlin-stdlib",
                "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
                "com.fasterxml.jackson.core:jackson-annotations", "org.slf4j:slf4j-api",
                "com.aliyun:aliyun-java-sdk-core");
        assertThat(RuntimeDependencies.banned(runtime)).containsExactly("com.aliyun:aliyun-java-sdk-core");
    }

    @Test
    void aliyunCoreIsOptionalAndBringsNothingOfItsOwn() throws Exception {
        Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"))
                .getDocumentElement();
        NodeList deps = pom.getElementsByTagName("dependency");
        Element aliyun = null;
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if (text(d, "artifactId").equals("aliyun-java-sdk-core")) {
                aliyun = d;
            }
        }
        assertThat(aliyun).as("aliyun-java-sdk-core declared in sdk-core/pom.xml").isNotNull();
        assertThat(text(aliyun, "optional")).isEqualTo("true");
        assertThat(text(aliyun, "scope")).isIn("", "compile");
        Element exclusion = (Element) aliyun.getElementsByTagName("exclusion").item(0);
        assertThat(exclusion).as("exclusion of its transitive dependencies").isNotNull();
        assertThat(text(exclusion, "groupId") + ":" + text(exclusion, "artifactId")).isEqualTo("*:*");
    }

    private static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }
}
