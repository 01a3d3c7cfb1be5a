package io.github.imssdk.ice;

import io.github.imssdk.core.ClientBuilder;
import io.github.imssdk.ice.internal.DefaultIceAsyncClient;
import io.github.imssdk.ice.internal.IceTransport;
import io.github.imssdk.ice.model.ValidationLevel;

/**
 * Builds an {@link IceAsyncClient}; the same settings as {@link IceClientBuilder}.
 */
public final class IceAsyncClientBuilder extends ClientBuilder<IceAsyncClientBuilder> {
    private ValidationLevel validation = ValidationLevel.DOCUMENTED;

    IceAsyncClientBuilder() {
        documentedRegions(IceClientBuilder.DOCUMENTED_REGIONS);
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
    public IceAsyncClientBuilder validation(ValidationLevel level) {
        this.validation = java.util.Objects.requireNonNull(level, "level");
        return this;
    }

    /**
     * @return the client; thread-safe, close it when done
     * @throws io.github.imssdk.core.exception.ImsClientException when no region or endpoint is configured
     */
    public IceAsyncClient build() {
        return new DefaultIceAsyncClient(new IceTransport(newRpcClient(IceClientBuilder.PRODUCT), configuredClock(), validation));
    }
}
