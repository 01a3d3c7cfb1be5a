package io.github.imssdk.core;

import io.github.imssdk.core.testsupport.PublicApi;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** ims-sdk-core's public API: recorded in api/ims-sdk-core.api, and free of other libraries' types. */
class PublicApiTest {
    private final PublicApi api = PublicApi.of(Paths.get("target/classes"));

    @Test
    void matchesTheRecordedBaseline() {
        api.assertMatches(Paths.get("api/ims-sdk-core.api"));
    }

    @Test
    void mentionsNoOtherLibrarysTypesButTheTwoDocumentedOnes() {
        assertThat(api.foreignTypes()).containsExactlyInAnyOrder(
                // the one escape hatch of the builder (README, "Bring your own OkHttpClient")
                "io.github.imssdk.core.ClientBuilder#httpClient: okhttp3.OkHttpClient",
                // the optional bridge from aliyun-java-sdk-core's providers; that library is an
                // optional dependency, needed only by whoever calls this
                "io.github.imssdk.core.auth.AliyunCoreCredentialsProvider#create: com.aliyuncs.auth.AlibabaCloudCredentialsProvider");
    }
}
