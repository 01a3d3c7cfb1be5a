package io.github.imssdk.ice;

import io.github.imssdk.core.ClientBuilder;
import io.github.imssdk.ice.internal.DefaultIceClient;
import io.github.imssdk.ice.internal.IceTransport;
import io.github.imssdk.ice.model.ValidationLevel;

/**
 * Builds an {@link IceClient}. Every setting is optional but the region (or
 * {@code ALIBABA_CLOUD_REGION_ID}, or an endpoint override); see {@link ClientBuilder} for each
 * setting and its default.
 *
 * <pre>{@code
 * IceClient ice = IceClient.builder()
 *     .region("cn-shanghai")                                   // https://ice.cn-shanghai.aliyuncs.com
 *     .credentialsProvider(StaticCredentialsProvider.create(accessKeyId, accessKeySecret))
 *     .signatureVersion(SignatureVersion.V3)
 *     .build();
 * }</pre>
 */
public final class IceClientBuilder extends ClientBuilder<IceClientBuilder> {
    private ValidationLevel validation = ValidationLevel.DOCUMENTED;
    /** The product code of Intelligent Media Services, used in endpoints and error messages. */
    public static final String PRODUCT = "ice";

    /**
     * The regions with an ICE endpoint in the API reference's endpoint page (docs/api/README.md,
     * "Where the pages are"). Not enforced: named in the error when a region's host name does not resolve.
     */
    static final String[] DOCUMENTED_REGIONS = {"ap-southeast-1", "cn-beijing", "cn-hangzhou", "cn-shanghai",
        "cn-shenzhen", "us-west-1"};

    IceClientBuilder() {
        documentedRegions(DOCUMENTED_REGIONS);
    }

    /**
     * How much requests are checked before sending (default {@link ValidationLevel#DOCUMENTED}):
     * the level of every request this client builds from a {@code Consumer}, and of the checks it
     * makes just before sending (the seven-day window) on requests that set none themselves. A
     * request built on its own with {@code builder()} is checked at {@code build()} at its own level.
     *
     * @param level the level
     * @return this builder
     */
    public IceClientBuilder validation(ValidationLevel level) {
        this.validation = java.util.Objects.requireNonNull(level, "level");
        return this;
    }

    /**
     * @return the client; thread-safe, close it when done
     * @throws io.github.imssdk.core.exception.ImsClientException when no region or endpoint is configured
     */
    public IceClient build() {
        return new DefaultIceClient(new IceTransport(newRpcClient(PRODUCT), configuredClock(), validation));
    }
}
