package io.github.imssdk.ice;

import io.github.imssdk.core.ClientBuilder;
import io.github.imssdk.ice.internal.DefaultIceAsyncClient;
import io.github.imssdk.ice.internal.IceTransport;

/**
 * Builds an {@link IceAsyncClient}; the same settings as {@link IceClientBuilder}.
 */
public final class IceAsyncClientBuilder extends ClientBuilder<IceAsyncClientBuilder> {

    IceAsyncClientBuilder() {
        documentedRegions(IceClientBuilder.DOCUMENTED_REGIONS);
    }

    /**
     * @return the client; thread-safe, close it when done
     * @throws io.github.imssdk.core.exception.ImsClientException when no region or endpoint is configured
     */
    public IceAsyncClient build() {
        return new DefaultIceAsyncClient(new IceTransport(newRpcClient(IceClientBuilder.PRODUCT), configuredClock()));
    }
}
