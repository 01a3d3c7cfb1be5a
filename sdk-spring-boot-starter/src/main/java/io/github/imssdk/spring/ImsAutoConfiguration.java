package io.github.imssdk.spring;

import io.github.imssdk.core.ClientBuilder;
import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.RpcInterceptor;
import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.auth.CredentialsProviderChain;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.ice.IceAsyncClient;
import io.github.imssdk.ice.IceAsyncClientBuilder;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.IceClientBuilder;
import io.github.imssdk.micrometer.ObservationInterceptor;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link IceClient} and {@link IceAsyncClient} beans, built from {@link ImsProperties}, each
 * closed with the application context and each replaced by a bean of the same type the
 * application defines. Every {@link RpcInterceptor} bean is added to both, then every
 * {@link ImsClientCustomizer} runs. With {@code ims-sdk-micrometer} and an
 * {@link ObservationRegistry} bean, calls and attempts are observed (timers and spans).
 */
@AutoConfiguration
@ConditionalOnClass(IceClient.class)
@EnableConfigurationProperties(ImsProperties.class)
public class ImsAutoConfiguration {

    /**
     * @param properties the {@code ims.*} properties
     * @return static keys, a named profile or the default chain (see {@link ImsProperties.Credentials})
     */
    @Bean
    @ConditionalOnMissingBean(CredentialsProvider.class)
    public CredentialsProvider imsCredentialsProvider(ImsProperties properties) {
        ImsProperties.Credentials c = properties.getCredentials();
        if (hasText(c.getAccessKeyId())) {
            if (!hasText(c.getAccessKeySecret())) {
                throw new IllegalStateException("ims.credentials.access-key-id is set but ims.credentials.access-key-secret is not");
            }
            return StaticCredentialsProvider.create(c.getAccessKeyId(), c.getAccessKeySecret(),
                    hasText(c.getSecurityToken()) ? c.getSecurityToken() : null);
        }
        if (hasText(c.getProfile())) {
            return CredentialsProviderChain.profile(c.getProfile());
        }
        return CredentialsProvider.defaultChain();
    }

    /**
     * @return the synchronous client, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public IceClient iceClient(ImsProperties properties, CredentialsProvider imsCredentialsProvider,
                               ObjectProvider<RpcInterceptor> interceptors, ObjectProvider<ImsClientCustomizer> customizers) {
        IceClientBuilder b = IceClient.builder();
        configure(b, properties, imsCredentialsProvider, interceptors, customizers);
        if (properties.getValidation() != null) {
            b.validation(properties.getValidation());
        }
        return b.build();
    }

    /**
     * @return the asynchronous client, closed with the context
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public IceAsyncClient iceAsyncClient(ImsProperties properties, CredentialsProvider imsCredentialsProvider,
                                         ObjectProvider<RpcInterceptor> interceptors,
                                         ObjectProvider<ImsClientCustomizer> customizers) {
        IceAsyncClientBuilder b = IceAsyncClient.builder();
        configure(b, properties, imsCredentialsProvider, interceptors, customizers);
        if (properties.getValidation() != null) {
            b.validation(properties.getValidation());
        }
        return b.build();
    }

    static void configure(ClientBuilder<?> b, ImsProperties p, CredentialsProvider credentials,
                          ObjectProvider<RpcInterceptor> interceptors, ObjectProvider<ImsClientCustomizer> customizers) {
        b.credentialsProvider(credentials);
        if (hasText(p.getRegion())) {
            b.region(p.getRegion().trim());
        }
        if (p.getEndpoint() != null) {
            b.endpointOverride(p.getEndpoint());
        }
        if (p.getSignatureVersion() != null) {
            b.signatureVersion(p.getSignatureVersion());
        }
        if (hasText(p.getUserAgentSuffix())) {
            b.userAgentSuffix(p.getUserAgentSuffix());
        }
        if (p.getConnectTimeout() != null) {
            b.connectTimeout(p.getConnectTimeout());
        }
        if (p.getReadTimeout() != null) {
            b.readTimeout(p.getReadTimeout());
        }
        if (p.getWriteTimeout() != null) {
            b.writeTimeout(p.getWriteTimeout());
        }
        if (p.getCallTimeout() != null) {
            b.callTimeout(p.getCallTimeout());
        }
        ImsProperties.Retry r = p.getRetry();
        if (r.getMaxAttempts() != null || r.isAdaptiveRateLimit()) {
            RetryPolicy.Builder rb = RetryPolicy.builder().adaptiveRateLimit(r.isAdaptiveRateLimit());
            if (r.getMaxAttempts() != null) {
                rb.maxAttempts(r.getMaxAttempts());
            }
            b.retryPolicy(rb.build());
        }
        ImsProperties.Proxy proxy = p.getProxy();
        if (proxy.getUrl() != null) {
            if (hasText(proxy.getUsername())) {
                b.proxy(proxy.getUrl(), proxy.getUsername(), proxy.getPassword());
            } else {
                b.proxy(proxy.getUrl());
            }
        }
        interceptors.orderedStream().forEach(b::addInterceptor);
        customizers.orderedStream().forEach(c -> c.customize(b));
    }

    static boolean hasText(String s) {
        return s != null && !s.trim().isEmpty();
    }

    /** Timers and spans through Micrometer's Observation API, when the application has a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ObservationInterceptor.class, ObservationRegistry.class})
    static class Observations {
        /**
         * @return a customizer adding an {@link ObservationInterceptor} when an
         *     {@link ObservationRegistry} bean exists when the clients are built
         */
        @Bean
        ImsClientCustomizer imsObservationCustomizer(ObjectProvider<ObservationRegistry> registry) {
            return builder -> registry.ifAvailable(r -> builder.addInterceptor(ObservationInterceptor.create(r)));
        }
    }
}
