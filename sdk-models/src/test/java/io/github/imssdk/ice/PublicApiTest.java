package io.github.imssdk.ice;

import io.github.imssdk.core.testsupport.PublicApi;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** ims-sdk-models' public API: recorded in api/ims-sdk-models.api, and free of other libraries' types. */
class PublicApiTest {
    private final PublicApi api = PublicApi.of(Paths.get("target/classes"));

    @Test
    void matchesTheRecordedBaseline() {
        api.assertMatches(Paths.get("api/ims-sdk-models.api"));
    }

    @Test
    void mentionsOnlyTheJdksTypesAndTheSdks() {
        assertThat(api.foreignTypes()).isEmpty();
    }
}
