package io.github.imssdk.micrometer;

import io.github.imssdk.core.testsupport.PublicApi;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** ims-sdk-micrometer's public API: recorded in api/ims-sdk-micrometer.api; Micrometer's types only where it takes a registry. */
class PublicApiTest {
    private final PublicApi api = PublicApi.of(Paths.get("target/classes"));

    @Test
    void matchesTheRecordedBaseline() {
        api.assertMatches(Paths.get("api/ims-sdk-micrometer.api"));
    }

    @Test
    void mentionsNoOtherLibrarysTypesButTheRegistryItObservesWith() {
        assertThat(api.foreignTypes()).containsExactly(
                "io.github.imssdk.micrometer.ObservationInterceptor#create: io.micrometer.observation.ObservationRegistry");
    }
}
