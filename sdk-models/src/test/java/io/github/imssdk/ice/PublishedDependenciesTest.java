package io.github.imssdk.ice;

import io.github.imssdk.core.testsupport.RuntimeDependencies;
import org.junit.jupiter.api.Test;

import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service that depends on ims-sdk-models gets in its runtime: exactly OkHttp (with okio
 * and kotlin-stdlib), Jackson (databind, core, annotations), slf4j-api and ims-sdk-core. In
 * particular, ims-sdk-core's optional aliyun-java-sdk-core does not come along.
 */
class PublishedDependenciesTest {

    @Test
    void runtimeIsExactlyOkHttpJacksonAndSlf4j() throws Exception {
        TreeSet<String> runtime = RuntimeDependencies.ofThisModule();
        assertThat(runtime).containsExactlyInAnyOrder(
                "io.github.imssdk:ims-sdk-core",
                "com.squareup.okhttp3:okhttp-jvm", "com.squareup.okio:okio-jvm", "org.jetbrains.kotlin:kotlin-stdlib",
                "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
                "com.fasterxml.jackson.core:jackson-annotations",
                "org.slf4j:slf4j-api");
        assertThat(RuntimeDependencies.banned(runtime)).isEmpty();
    }
}
