package io.github.imssdk.spring;

import io.github.imssdk.ice.callback.CallbackVerifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The IMS callback endpoint of a servlet (Spring MVC) application, when
 * {@code ims.callback.enabled=true}: a {@code POST} route on {@code ims.callback.path} served by
 * {@link ImsCallbackHandler} ({@link ImsReactiveCallbackAutoConfiguration} does the same for WebFlux). {@code ims.callback.auth-key} is required: an endpoint that
 * accepts unsigned events would let anyone tell the application a job finished.
 */
@AutoConfiguration(after = ImsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({RouterFunction.class, CallbackVerifier.class})
@ConditionalOnProperty(prefix = "ims.callback", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(ImsProperties.class)
public class ImsCallbackAutoConfiguration {

    /**
     * @return the handler, from {@code ims.callback.*}
     * @throws IllegalStateException naming the property when the AuthKey is missing or malformed
     */
    @Bean
    @ConditionalOnMissingBean
    public ImsCallbackHandler imsCallbackHandler(ImsProperties properties, ApplicationEventPublisher publisher) {
        ImsProperties.Callback c = properties.getCallback();
        return new ImsCallbackHandler(verifier(c), c.getPublicUrl(), c.getMaxBodySize(), publisher);
    }

    /**
     * @param c the {@code ims.callback.*} properties
     * @return their verifier
     * @throws IllegalStateException naming the property that is missing or malformed
     */
    static CallbackVerifier verifier(ImsProperties.Callback c) {
        if (!ImsAutoConfiguration.hasText(c.getAuthKey())) {
            throw new IllegalStateException("ims.callback.enabled=true needs ims.callback.auth-key: the AuthKey set in "
                    + "IMS's callback settings (1 to 32 letters and digits)");
        }
        if (c.getPath() == null || !c.getPath().startsWith("/")) {
            throw new IllegalStateException("ims.callback.path must start with '/' (was '" + c.getPath() + "')");
        }
        if (c.getMaxBodySize() < 1) {
            throw new IllegalStateException("ims.callback.max-body-size must be positive (was " + c.getMaxBodySize() + ")");
        }
        try {
            return CallbackVerifier.builder(c.getAuthKey().trim()).maxAge(c.getMaxAge()).build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("ims.callback.auth-key or ims.callback.max-age is not valid: " + e.getMessage());
        }
    }

    /**
     * @return the route: {@code POST ims.callback.path}
     */
    @Bean
    public RouterFunction<ServerResponse> imsCallbackRoute(ImsProperties properties, ImsCallbackHandler handler) {
        return RouterFunctions.route().POST(properties.getCallback().getPath(), handler::handle).build();
    }
}
