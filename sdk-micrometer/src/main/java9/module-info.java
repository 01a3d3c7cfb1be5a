/**
 * Metrics and tracing of ims-java-sdk calls through Micrometer's Observation API.
 *
 * <p>Compiled for Java 9 into {@code META-INF/versions/9} of a multi-release jar.
 */
module io.github.imssdk.micrometer {
    requires transitive io.github.imssdk.core;
    // the Observation API is in this module's public signatures (its name is declared in its jar)
    requires transitive micrometer.observation;

    exports io.github.imssdk.micrometer;
}
