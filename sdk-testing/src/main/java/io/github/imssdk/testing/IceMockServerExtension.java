package io.github.imssdk.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 support: a fresh {@link IceMockServer} for each test, closed after it.
 *
 * <pre>{@code
 * @ExtendWith(IceMockServerExtension.class)
 * class MyServiceTest {
 *     @Test
 *     void submitsAJob(IceMockServer server) { ... }
 * }
 *
 * // or, to configure it:
 * @RegisterExtension
 * IceMockServerExtension ice = new IceMockServerExtension(IceMockServer.builder().maxClockSkew(Duration.ofMinutes(5)));
 * }</pre>
 */
public final class IceMockServerExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private final IceMockServer.Builder builder;
    private IceMockServer server;

    /** Uses the default server settings. */
    public IceMockServerExtension() {
        this(IceMockServer.builder());
    }

    /** @param builder the settings of each test's server */
    public IceMockServerExtension(IceMockServer.Builder builder) {
        this.builder = builder;
    }

    /** @return the current test's server */
    public IceMockServer server() {
        if (server == null) {
            throw new IllegalStateException("no test is running");
        }
        return server;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server = builder.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == IceMockServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return server();
    }
}
