package io.github.imssdk.spring;

import io.github.imssdk.testing.IceMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The callback endpoint of a WebFlux application, on Reactor Netty. */
@SpringBootTest(classes = CallbackEndpointTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ims.callback.enabled=true", "ims.callback.auth-key=Test123", "ims.callback.max-body-size=4096",
            "spring.main.web-application-type=reactive"})
class ReactiveCallbackEndpointTest extends CallbackEndpointTest {
    static final IceMockServer SERVER = IceMockServer.builder().start();

    @DynamicPropertySource
    static void emulator(DynamicPropertyRegistry registry) {
        emulator(registry, SERVER);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Override
    IceMockServer server() {
        return SERVER;
    }

    @Autowired
    ApplicationContext context;

    @Test
    void theReactiveHandlerServesTheEndpoint() {
        assertThat(context.getBeansOfType(ImsReactiveCallbackHandler.class)).hasSize(1);
        assertThat(context.getBeansOfType(ImsCallbackHandler.class)).isEmpty();
    }
}
