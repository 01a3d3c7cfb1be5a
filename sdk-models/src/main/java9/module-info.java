/**
 * The ICE API of the ims-java-sdk: {@code IceClient} and {@code IceAsyncClient}, the request and
 * response models, waiters, paginators and callback events.
 *
 * <p>Compiled for Java 9 into {@code META-INF/versions/9} of a multi-release jar; the wire
 * mapping in {@code io.github.imssdk.ice.internal} is not exported.
 */
module io.github.imssdk.ice {
    requires transitive io.github.imssdk.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.github.imssdk.ice;
    exports io.github.imssdk.ice.callback;
    exports io.github.imssdk.ice.model;
}
