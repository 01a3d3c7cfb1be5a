package io.github.imssdk.core.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The version in the User-Agent is the built artifact's, as Maven knows it, not a literal in the code. */
class SdkInfoTest {

    @Test
    void versionComesFromTheBuild() {
        String expected = System.getProperty("ims.projectVersion");
        assertThat(expected).as("the build passes its project version to the tests").isNotBlank();
        assertThat(SdkInfo.version()).isEqualTo(expected);
    }

    @Test
    void userAgentNamesTheSdkJavaAndOkHttp() {
        assertThat(SdkInfo.userAgent())
                .startsWith("ims-java-sdk/" + System.getProperty("ims.projectVersion") + " (")
                .contains(" Java/" + System.getProperty("java.version"))
                .endsWith(" OkHttp/" + okhttp3.OkHttp.VERSION);
    }
}
