package io.github.imssdk.spring;

import io.github.imssdk.core.ClientBuilder;

/**
 * Adjusts the builders of the auto-configured {@code IceClient} and {@code IceAsyncClient} after
 * the {@code ims.*} properties are applied: declare a bean of this type to set what the
 * properties do not (an interceptor, a clock, your own OkHttp client). Customizers run in
 * {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface ImsClientCustomizer {
    /**
     * @param builder the builder of one of the two clients
     */
    void customize(ClientBuilder<?> builder);
}
