package io.github.imssdk.testing;

import io.github.imssdk.core.testsupport.RuntimeDependencies;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a test classpath gets from ims-sdk-testing: ims-sdk-core, MockWebServer and the JUnit 5
 * API for the extension, and nothing the dependency policy bans.
 */
class PublishedDependenciesTest {

    @Test
    void runtimeHasNothingBanned() throws Exception {
        TreeSet<String> runtime = RuntimeDependencies.ofThisModule();
        assertThat(runtime).contains("io.github.imssdk:ims-sdk-core", "com.squareup.okhttp3:mockwebserver3",
                "org.junit.jupiter:junit-jupiter-api");
        assertThat(runtime).doesNotContain("io.github.imssdk:ims-sdk-models", "com.aliyun:aliyun-java-sdk-core");
        assertThat(RuntimeDependencies.banned(runtime)).isEmpty();
    }
}
