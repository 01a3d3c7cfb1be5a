package io.github.imssdk.ice;

import io.github.imssdk.core.ClientBuilder;
import io.github.imssdk.ice.internal.DefaultIceClient;
import io.github.imssdk.ice.internal.IceTransport;

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
     * @return the client; thread-safe, close it when done
     * @throws io.github.imssdk.core.exception.ImsClientException when no region or endpoint is configured
     */
    public IceClient build() {
        return new DefaultIceClient(new IceTransport(newRpcClient(PRODUCT), configuredClock()));
    }
}
