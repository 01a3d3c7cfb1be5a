package io.github.imssdk.spring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.imssdk.core.AttemptContext;
import io.github.imssdk.core.CallContext;
import io.github.imssdk.core.RpcInterceptor;
import io.github.imssdk.core.SignatureVersion;
import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.ice.IceAsyncClient;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.ValidationLevel;
import io.github.imssdk.micrometer.ObservationInterceptor;
import io.github.imssdk.testing.Fault;
import io.github.imssdk.testing.IceMockServer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.servlet.function.RouterFunction;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Property binding and back-off rules of the auto-configuration, on application contexts the test
 * builds, with the emulator as the service.
 */
class ImsAutoConfigurationTest {
    static IceMockServer server;

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ImsAutoConfiguration.class, ImsCallbackAutoConfiguration.class,
                    ImsReactiveCallbackAutoConfiguration.class));

    @BeforeAll
    static void start() {
        server = IceMockServer.builder().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clean() {
        server.clearFaults();
    }

    String[] emulator(String... more) {
        List<String> p = new ArrayList<>(List.of("ims.endpoint=" + server.endpoint(),
                "ims.credentials.access-key-id=" + IceMockServer.ACCESS_KEY_ID,
                "ims.credentials.access-key-secret=" + IceMockServer.ACCESS_KEY_SECRET));
        p.addAll(List.of(more));
        return p.toArray(new String[0]);
    }

    @Test
    void aRegionAloneYieldsBothClientsAndNoCallbackEndpoint() {
        runner.withPropertyValues("ims.region=cn-shanghai").run(ctx -> {
            assertThat(ctx).hasNotFailed().hasSingleBean(IceClient.class).hasSingleBean(IceAsyncClient.class)
                    .hasSingleBean(CredentialsProvider.class).doesNotHaveBean(ImsCallbackHandler.class);
            assertThat(ctx.getBean(CredentialsProvider.class).toString()).startsWith("CredentialsProviderChain");
        });
    }

    @Test
    void bothClientsCallTheServiceWithTheConfiguredSettings() {
        runner.withPropertyValues(emulator("ims.signature-version=V1", "ims.user-agent-suffix=movie-service/1.2",
                "ims.call-timeout=20s", "ims.read-timeout=5s", "ims.validation=DOCUMENTED")).run(ctx -> {
            IceClient ice = ctx.getBean(IceClient.class);
            ice.listLiveTranscodeTemplates(b -> b.pageSize(10));
            assertThat(server.lastCall().signatureVersion()).isEqualTo("V1");
            assertThat(server.lastCall().accessKeyId()).isEqualTo(IceMockServer.ACCESS_KEY_ID);
            ctx.getBean(IceAsyncClient.class).listLiveTranscodeTemplates(b -> b.pageSize(10)).get(20, TimeUnit.SECONDS);
            assertThat(server.lastCall().action()).isEqualTo("ListLiveTranscodeTemplates");
            ImsProperties p = ctx.getBean(ImsProperties.class);
            assertThat(p.getCallTimeout()).isEqualTo(Duration.ofSeconds(20));
            assertThat(p.getReadTimeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(p.getSignatureVersion()).isEqualTo(SignatureVersion.V1);
            assertThat(p.getValidation()).isEqualTo(ValidationLevel.DOCUMENTED);
            assertThat(p.getUserAgentSuffix()).isEqualTo("movie-service/1.2");
        });
    }

    @Test
    void retriesFollowTheRetryProperties() {
        runner.withPropertyValues(emulator("ims.retry.max-attempts=1")).run(ctx -> {
            server.inject(Fault.throttling().times(1));
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class,
                    () -> ctx.getBean(IceClient.class).listLiveTranscodeTemplates(b -> b.pageSize(10)));
            assertThat(e.isThrottling()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
        });
        runner.withPropertyValues(emulator()).run(ctx -> {
            server.inject(Fault.throttling().times(1));
            ctx.getBean(IceClient.class).listLiveTranscodeTemplates(b -> b.pageSize(10)); // retried by default
        });
    }

    @Test
    void theClientsAreClosedWithTheContext() {
        AtomicReference<IceClient> sync = new AtomicReference<>();
        AtomicReference<IceAsyncClient> async = new AtomicReference<>();
        runner.withPropertyValues(emulator()).run(ctx -> {
            sync.set(ctx.getBean(IceClient.class));
            async.set(ctx.getBean(IceAsyncClient.class));
        });
        ImsClientException e = catchThrowableOfType(ImsClientException.class,
                () -> sync.get().listLiveTranscodeTemplates(b -> b.pageSize(10)));
        assertThat(e).hasMessageContaining("closed");
        assertThat(async.get().listLiveTranscodeTemplates(b -> b.pageSize(10))).failsWithin(Duration.ofSeconds(20))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .withCauseInstanceOf(ImsClientException.class).withMessageContaining("closed");
    }

    @Test
    void beansTheApplicationDefinesReplaceTheAutoConfiguredOnes() {
        try (IceClient own = IceClient.builder().endpointOverride(server.endpoint())
                .credentialsProvider(server.credentialsProvider()).build()) {
            runner.withPropertyValues("ims.region=cn-shanghai")
                    .withBean("myIce", IceClient.class, () -> own)
                    .withBean("myCredentials", CredentialsProvider.class, server::credentialsProvider)
                    .run(ctx -> {
                        assertThat(ctx).hasSingleBean(IceClient.class).hasSingleBean(CredentialsProvider.class);
                        assertThat(ctx.getBean(IceClient.class)).isSameAs(own);
                        assertThat(ctx).hasBean("myCredentials").doesNotHaveBean("imsCredentialsProvider");
                        assertThat(ctx).hasSingleBean(IceAsyncClient.class);
                    });
        }
    }

    @Test
    void credentialsComeFromStaticKeysANamedProfileOrTheDefaultChain() {
        runner.withPropertyValues("ims.region=cn-shanghai", "ims.credentials.profile=ops").run(ctx ->
                assertThat(ctx.getBean(CredentialsProvider.class).toString()).contains("CliProfileCredentialsProvider")
                        .contains("ProfileCredentialsProvider"));
        runner.withPropertyValues("ims.region=cn-shanghai", "ims.credentials.access-key-id=LTAI5tOnlyTheId").run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("ims.credentials.access-key-secret");
        });
        runner.withPropertyValues("ims.region=cn-shanghai", "ims.credentials.access-key-id=LTAI5tStatic",
                "ims.credentials.access-key-secret=static-secret-never-shown").run(ctx -> {
                    assertThat(ctx.getBean(CredentialsProvider.class).resolveCredentials().accessKeyId()).isEqualTo("LTAI5tStatic");
                    assertThat(ctx.getBean(ImsProperties.class).toString()).doesNotContain("static-secret-never-shown");
                    assertThat(ctx.getBean(CredentialsProvider.class).toString()).doesNotContain("static-secret-never-shown");
                });
    }

    @Test
    void proxyPropertiesBindAndThePasswordIsNeverShown() {
        runner.withPropertyValues("ims.region=cn-shanghai", "ims.proxy.url=http://proxy.internal:3128",
                "ims.proxy.username=svc", "ims.proxy.password=proxy-pass-never-shown").run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    ImsProperties p = ctx.getBean(ImsProperties.class);
                    assertThat(p.getProxy().getUrl()).isEqualTo(URI.create("http://proxy.internal:3128"));
                    assertThat(p.toString()).contains("proxy.internal").doesNotContain("proxy-pass-never-shown");
                    assertThat(ctx.getBean(IceClient.class).toString()).doesNotContain("proxy-pass-never-shown");
                });
    }

    @Test
    void interceptorBeansAndTheObservationRegistryAreWiredIn() {
        List<String> seen = new CopyOnWriteArrayList<>();
        List<String> observed = new CopyOnWriteArrayList<>();
        RpcInterceptor interceptor = new RpcInterceptor() {
            @Override
            public void beforeCall(CallContext call) {
                seen.add(call.action());
            }

            @Override
            public void beforeAttempt(AttemptContext attempt) {
            }
        };
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
            @Override
            public void onStop(Observation.Context context) {
                observed.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        runner.withPropertyValues(emulator()).withBean(RpcInterceptor.class, () -> interceptor)
                .withBean(ObservationRegistry.class, () -> registry).run(ctx -> {
                    ctx.getBean(IceClient.class).listLiveTranscodeTemplates(b -> b.pageSize(10));
                    ctx.getBean(IceAsyncClient.class).listLiveTranscodeTemplates(b -> b.pageSize(10)).get(20, TimeUnit.SECONDS);
                });
        assertThat(seen).containsExactly("ListLiveTranscodeTemplates", "ListLiveTranscodeTemplates");
        assertThat(observed).filteredOn(ObservationInterceptor.CALL::equals).hasSize(2);
    }

    @Test
    void withoutMicrometerTheStarterStillWorks() {
        runner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class, ObservationInterceptor.class))
                .withPropertyValues(emulator()).run(ctx -> {
                    assertThat(ctx).hasNotFailed().doesNotHaveBean("imsObservationCustomizer");
                    ctx.getBean(IceClient.class).listLiveTranscodeTemplates(b -> b.pageSize(10));
                });
    }

    @Test
    void theCallbackEndpointNeedsAnAuthKeyAndAWebApplication() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ImsAutoConfiguration.class, ImsCallbackAutoConfiguration.class));
        web.withPropertyValues(emulator("ims.callback.enabled=true")).run(ctx -> {
            assertThat(ctx).hasFailed();
            assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("ims.callback.auth-key");
        });
        web.withPropertyValues(emulator("ims.callback.enabled=true", "ims.callback.auth-key=Test123",
                "ims.callback.path=/hooks/ims")).run(ctx -> {
                    assertThat(ctx).hasSingleBean(ImsCallbackHandler.class).hasBean("imsCallbackRoute");
                    assertThat(ctx.getBean("imsCallbackRoute", RouterFunction.class).toString()).contains("/hooks/ims");
                });
        web.withPropertyValues(emulator("ims.callback.enabled=true", "ims.callback.auth-key=Test123",
                "ims.callback.path=hooks")).run(ctx ->
                        assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("ims.callback.path must start with '/'"));
        web.withPropertyValues(emulator("ims.callback.enabled=true", "ims.callback.auth-key=not a key!")).run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("ims.callback.auth-key")
                        .hasMessageNotContaining("not a key!"));
        runner.withPropertyValues(emulator("ims.callback.enabled=true", "ims.callback.auth-key=Test123"))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(ImsCallbackHandler.class)
                        .doesNotHaveBean(ImsReactiveCallbackHandler.class)); // not a web app
        ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ImsAutoConfiguration.class, ImsCallbackAutoConfiguration.class,
                        ImsReactiveCallbackAutoConfiguration.class));
        reactive.withPropertyValues(emulator("ims.callback.enabled=true", "ims.callback.auth-key=Test123"))
                .run(ctx -> assertThat(ctx).hasSingleBean(ImsReactiveCallbackHandler.class)
                        .doesNotHaveBean(ImsCallbackHandler.class).hasBean("imsCallbackRoute"));
        reactive.withPropertyValues(emulator("ims.callback.enabled=true")).run(ctx ->
                assertThat(ctx.getStartupFailure()).rootCause().hasMessageContaining("ims.callback.auth-key"));
    }

    @Test
    void everyPropertyIsInTheGeneratedMetadata() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated by spring-boot-configuration-processor").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        List<String> names = new ArrayList<>();
        metadata.path("properties").forEach(p -> {
            names.add(p.path("name").asText());
            assertThat(p.path("description").asText()).as(p.path("name").asText()).isNotBlank();
        });
        assertThat(names).contains("ims.region", "ims.endpoint", "ims.signature-version", "ims.validation",
                "ims.user-agent-suffix", "ims.connect-timeout", "ims.read-timeout", "ims.write-timeout", "ims.call-timeout",
                "ims.credentials.profile", "ims.credentials.access-key-id", "ims.credentials.access-key-secret",
                "ims.credentials.security-token", "ims.retry.max-attempts", "ims.retry.adaptive-rate-limit",
                "ims.proxy.url", "ims.proxy.username", "ims.proxy.password", "ims.callback.enabled",
                "ims.callback.path", "ims.callback.auth-key", "ims.callback.public-url", "ims.callback.max-age",
                "ims.callback.max-body-size");
    }
}
