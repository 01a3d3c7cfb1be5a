package io.github.imssdk.examples;

import org.junit.jupiter.api.Test;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published jars as a user on the module path gets them: each exports its public packages
 * only, the graph resolves with the dependencies' own module names, and a call goes through the
 * emulator with everything loaded as named modules.
 */
class ModulePathTest {
    private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("ims.projectVersion");

    private static Path jar(String dir, String artifact) {
        Path p = ROOT.resolve(dir).resolve("target").resolve(artifact + "-" + VERSION + ".jar");
        assertThat(p).as("packaged before this module's tests run").exists();
        return p;
    }

    /** The jar a class was loaded from (dependencies come from the local repository). */
    private static Path jarOf(String className) throws Exception {
        return Paths.get(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static ModuleFinder finder() throws Exception {
        List<Path> jars = new ArrayList<>();
        jars.add(jar("sdk-core", "ims-sdk-core"));
        jars.add(jar("sdk-models", "ims-sdk-models"));
        jars.add(jar("sdk-testing", "ims-sdk-testing"));
        for (String c : new String[] {"okhttp3.OkHttpClient", "okio.Buffer", "kotlin.Unit", "mockwebserver3.MockWebServer",
                "com.fasterxml.jackson.databind.JsonNode", "com.fasterxml.jackson.core.JsonFactory",
                "com.fasterxml.jackson.annotation.JsonProperty", "org.slf4j.Logger",
                "org.junit.jupiter.api.extension.Extension", "org.opentest4j.AssertionFailedError",
                "org.apiguardian.api.API", "org.junit.platform.commons.util.Preconditions",
                // the logging backend of this module, for slf4j to bind to
                "org.slf4j.simple.SimpleLogger"}) {
            Path p = jarOf(c);
            assertThat(Files.isRegularFile(p)).as(c + " from a jar").isTrue();
            jars.add(p);
        }
        return ModuleFinder.of(jars.toArray(new Path[0]));
    }

    @Test
    void eachJarExportsItsPublicPackagesOnly() throws Exception {
        ModuleFinder finder = finder();
        assertThat(exports(finder, "io.github.imssdk.core")).containsExactly(
                Map.entry("io.github.imssdk.core", "everyone"),
                Map.entry("io.github.imssdk.core.auth", "everyone"),
                Map.entry("io.github.imssdk.core.exception", "everyone"),
                Map.entry("io.github.imssdk.core.internal", "[io.github.imssdk.ice, io.github.imssdk.testing]"));
        assertThat(exports(finder, "io.github.imssdk.ice")).containsExactly(
                Map.entry("io.github.imssdk.ice", "everyone"),
                Map.entry("io.github.imssdk.ice.callback", "everyone"),
                Map.entry("io.github.imssdk.ice.model", "everyone"));
        assertThat(finder.find("io.github.imssdk.ice").get().descriptor().packages())
                .contains("io.github.imssdk.ice.internal");
        assertThat(exports(finder, "io.github.imssdk.testing")).containsExactly(
                Map.entry("io.github.imssdk.testing", "everyone"));
    }

    @Test
    void aCallGoesThroughWithEverythingOnTheModulePath() throws Exception {
        Configuration cf = ModuleLayer.boot().configuration()
                .resolveAndBind(finder(), ModuleFinder.of(), Set.of("io.github.imssdk.ice", "io.github.imssdk.testing"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
        ClassLoader loader = layer.findLoader("io.github.imssdk.ice");
        Class<?> iceClient = loader.loadClass("io.github.imssdk.ice.IceClient");
        assertThat(iceClient.getModule().getName()).isEqualTo("io.github.imssdk.ice");

        Class<?> serverType = loader.loadClass("io.github.imssdk.testing.IceMockServer");
        Object serverBuilder = serverType.getMethod("builder").invoke(null);
        try (AutoCloseable server = (AutoCloseable) serverBuilder.getClass().getMethod("start").invoke(serverBuilder)) {
            Object clientBuilder = iceClient.getMethod("builder").invoke(null);
            Class<?> builderType = clientBuilder.getClass();
            call(clientBuilder, "region", String.class, "cn-shanghai");
            call(clientBuilder, "endpointOverride", URI.class, serverType.getMethod("endpoint").invoke(server));
            call(clientBuilder, "credentialsProvider", loader.loadClass("io.github.imssdk.core.auth.CredentialsProvider"),
                    serverType.getMethod("credentialsProvider").invoke(server));
            try (AutoCloseable ice = (AutoCloseable) builderType.getMethod("build").invoke(clientBuilder)) {
                Class<?> requestType = loader.loadClass("io.github.imssdk.ice.model.ListLiveTranscodeTemplatesRequest");
                Object requestBuilder = requestType.getMethod("builder").invoke(null);
                Object request = requestBuilder.getClass().getMethod("build").invoke(requestBuilder);
                Object response = iceClient.getMethod("listLiveTranscodeTemplates", requestType).invoke(ice, request);
                Object requestId = response.getClass().getMethod("requestId").invoke(response);
                assertThat((String) requestId).as("an answer parsed inside the module").isNotBlank();
                assertThat(response.getClass().getModule().getName()).isEqualTo("io.github.imssdk.ice");
            }
        }
    }

    private static void call(Object target, String name, Class<?> type, Object arg) throws Exception {
        Method m = target.getClass().getMethod(name, type);
        m.invoke(target, arg);
    }

    private static Map<String, String> exports(ModuleFinder finder, String module) {
        ModuleDescriptor d = finder.find(module).orElseThrow().descriptor();
        Map<String, String> out = new TreeMap<>();
        for (ModuleDescriptor.Exports e : d.exports()) {
            out.put(e.source(), e.isQualified() ? new TreeSet<>(e.targets()).toString() : "everyone");
        }
        return out;
    }
}
