/**
 * {@code IceMockServer}, a local emulator of ICE for tests, and its JUnit 5 extension.
 *
 * <p>Compiled for Java 9 into {@code META-INF/versions/9} of a multi-release jar; the emulator's
 * workings in {@code io.github.imssdk.testing.internal} are not exported.
 */
module io.github.imssdk.testing {
    requires transitive io.github.imssdk.core;
    requires mockwebserver3;
    requires okhttp3;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    // IceMockServerExtension only; JUnit is on the test path of whoever uses it.
    requires static transitive org.junit.jupiter.api;

    exports io.github.imssdk.testing;
}
