package io.github.imssdk.testing;

import io.github.imssdk.core.testsupport.PublicApi;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** ims-sdk-testing's public API: recorded in api/ims-sdk-testing.api, and free of other libraries' types. */
class PublicApiTest {
    private final PublicApi api = PublicApi.of(Paths.get("target/classes"));

    @Test
    void matchesTheRecordedBaseline() {
        api.assertMatches(Paths.get("api/ims-sdk-testing.api"));
    }

    @Test
    void mentionsNoOtherLibrarysTypesButJUnitsInTheJUnitExtension() {
        String ext = "io.github.imssdk.testing.IceMockServerExtension";
        String junit = "org.junit.jupiter.api.extension.";
        // A JUnit 5 extension is made of JUnit's interfaces; JUnit is a test-scope library of
        // whoever uses this module, and nothing else in it mentions JUnit.
        assertThat(api.foreignTypes()).containsExactlyInAnyOrder(
                ext + ": " + junit + "BeforeEachCallback",
                ext + ": " + junit + "AfterEachCallback",
                ext + ": " + junit + "ParameterResolver",
                ext + "#beforeEach: " + junit + "ExtensionContext",
                ext + "#afterEach: " + junit + "ExtensionContext",
                ext + "#supportsParameter: " + junit + "ParameterContext",
                ext + "#supportsParameter: " + junit + "ExtensionContext",
                ext + "#resolveParameter: " + junit + "ParameterContext",
                ext + "#resolveParameter: " + junit + "ExtensionContext");
    }
}
