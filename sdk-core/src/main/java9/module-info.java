/**
 * The transport of the ims-java-sdk: credentials, V1 and V3 request signing, and an RPC client
 * on OkHttp for any Alibaba Cloud RPC-style API. Knows nothing of ICE.
 *
 * <p>Compiled for Java 9 into {@code META-INF/versions/9} of a multi-release jar: on Java 8 and on
 * the class path the jar works as before; on the module path only the public packages are
 * exported, and the helpers in {@code io.github.imssdk.core.internal} reach the SDK's own
 * modules only.
 */
module io.github.imssdk.core {
    // ClientBuilder.httpClient(OkHttpClient) is the one public signature with an OkHttp type.
    requires transitive okhttp3;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    // Not required: aliyun-java-sdk-core, the optional dependency of AliyunCoreCredentialsProvider
    // alone, has no module name (only one derived from its file name, which a published module
    // must not depend on). On the class path the bridge works as is; on the module path it needs
    // --add-reads io.github.imssdk.core=ALL-UNNAMED (README, "Compatibility").

    exports io.github.imssdk.core;
    exports io.github.imssdk.core.auth;
    exports io.github.imssdk.core.exception;
    exports io.github.imssdk.core.internal to io.github.imssdk.ice, io.github.imssdk.testing;
}
