package io.github.imssdk.spring;

import io.github.imssdk.testing.IceMockServer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The callback endpoint of a servlet (Spring MVC) application, on Tomcat. */
@SpringBootTest(classes = CallbackEndpointTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ims.callback.enabled=true", "ims.callback.auth-key=Test123", "ims.callback.max-body-size=4096",
            "spring.main.web-application-type=servlet"})
class ServletCallbackEndpointTest extends CallbackEndpointTest {
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
}
