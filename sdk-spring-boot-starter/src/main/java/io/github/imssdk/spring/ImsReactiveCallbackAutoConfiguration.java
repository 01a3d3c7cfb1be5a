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
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The IMS callback endpoint of a WebFlux application, when {@code ims.callback.enabled=true}: a
 * {@code POST} route on {@code ims.callback.path} served by {@link ImsReactiveCallbackHandler},
 * with the same properties and rules as the servlet one ({@link ImsCallbackAutoConfiguration}).
 */
@AutoConfiguration(after = ImsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({RouterFunction.class, CallbackVerifier.class})
@ConditionalOnProperty(prefix = "ims.callback", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(ImsProperties.class)
public class ImsReactiveCallbackAutoConfiguration {

    /**
     * @return the handler, from {@code ims.callback.*}
     * @throws IllegalStateException naming the property when one is missing or malformed
     */
    @Bean
    @ConditionalOnMissingBean
    public ImsReactiveCallbackHandler imsReactiveCallbackHandler(ImsProperties properties,
                                                                 ApplicationEventPublisher publisher) {
        ImsProperties.Callback c = properties.getCallback();
        return new ImsReactiveCallbackHandler(ImsCallbackAutoConfiguration.verifier(c), c.getPublicUrl(),
                c.getMaxBodySize(), publisher);
    }

    /**
     * @return the route: {@code POST ims.callback.path}
     */
    @Bean
    public RouterFunction<ServerResponse> imsCallbackRoute(ImsProperties properties, ImsReactiveCallbackHandler handler) {
        return RouterFunctions.route().POST(properties.getCallback().getPath(), handler::handle).build();
    }
}
