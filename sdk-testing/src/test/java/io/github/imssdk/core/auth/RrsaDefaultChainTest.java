package io.github.imssdk.core.auth;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.internal.SystemSettings;
import io.github.imssdk.core.testsupport.LogCapture;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * RRSA end to end: the three environment variables the ACK pod identity webhook sets and a token
 * file on disk; the default chain (in this package, so that the test can hand it the environment,
 * the emulator's virtual clock and an executor for refreshes) exchanges the token for STS
 * credentials with an anonymous AssumeRoleWithOIDC, and ICE calls on the emulator go on across
 * two refreshes, each reading the rotated token file again.
 */
class RrsaDefaultChainTest {
    private static final String ROLE = "acs:ram::123456789012:role/ims-pod";
    private static final String IDP = "acs:ram::123456789012:oidc-provider/ack-rrsa-c0ffee";

    @TempDir
    Path dir;
    IceMockServer server;
    final List<Runnable> refreshes = new ArrayList<>();
    final Map<String, String> env = new HashMap<>();
    Path tokenFile;

    @BeforeEach
    void start() throws Exception {
        server = IceMockServer.builder().start();
        tokenFile = dir.resolve("rrsa-tokens/token");
        Files.createDirectories(tokenFile.getParent());
        env.put("ALIBABA_CLOUD_ROLE_ARN", ROLE);
        env.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", IDP);
        env.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", tokenFile.toString());
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The platform writes a new token into the file; the emulator trusts only the newest. */
    String rotateToken(int n) throws Exception {
        String previous = Files.exists(tokenFile) ? new String(Files.readAllBytes(tokenFile), StandardCharsets.UTF_8) : null;
        String token = "eyJhbGciOiJSUzI1NiJ9.rrsa-" + n + ".c2lnbmF0dXJl";
        Files.write(tokenFile, token.getBytes(StandardCharsets.UTF_8));
        server.trustOidcToken(IDP, token);
        if (previous != null) {
            server.distrustOidcToken(IDP, previous);
        }
        return token;
    }

    CredentialsProviderChain defaultChain() {
        // no home files, no system properties: the OIDC entry is the first that can answer
        SystemSettings s = SystemSettings.of(env, new Properties(), dir.resolve("home"), server.clock(), refreshes::add,
                server.endpoint());
        return CredentialsProviderChain.defaultChain(s);
    }

    RpcClient ice(CredentialsProvider credentials) {
        return RpcClient.builder().product("ice").endpointOverride(server.endpoint()).credentialsProvider(credentials)
                .retryPolicy(RetryPolicy.none()).build();
    }

    String callAndSeeWhoSigned(RpcClient rpc) {
        rpc.call(RpcRequest.builder().action("ListLiveTranscodeTemplates").version("2020-11-09").build());
        RecordedCall last = server.lastCall();
        assertThat(last.status()).isEqualTo(200);
        return last.accessKeyId();
    }

    @Test
    void theDefaultChainCallsIceWithStsCredentialsFromTheTokenFileAcrossTwoRefreshes() throws Exception {
        rotateToken(1);
        try (RpcClient rpc = ice(defaultChain())) {
            String first = callAndSeeWhoSigned(rpc);
            assertThat(first).startsWith("STS.");
            RecordedCall exchange = server.calls("AssumeRoleWithOIDC").get(0);
            assertThat(exchange.signatureVersion()).as("anonymous").isEqualTo("none");
            assertThat(exchange.accessKeyId()).isNull();
            assertThat(exchange.formParams()).containsEntry("RoleArn", ROLE).containsEntry("OIDCProviderArn", IDP);
            assertThat(exchange.formParams().get("OIDCToken")).as("masked in the journal").isEqualTo("***");

            String before = first;
            for (int refresh = 1; refresh <= 2; refresh++) {
                rotateToken(refresh + 1);
                server.clock().advance(Duration.ofMinutes(50)); // within 15 minutes of expiry
                assertThat(callAndSeeWhoSigned(rpc)).as("still valid: the call goes on").isEqualTo(before);
                assertThat(refreshes).as("one refresh queued").hasSize(1);
                refreshes.remove(0).run();
                String after = callAndSeeWhoSigned(rpc);
                assertThat(after).startsWith("STS.").isNotEqualTo(before);
                before = after;
            }
        }
        // The emulator trusted only the newest token each time: the refreshes read the file again.
        assertThat(server.calls("AssumeRoleWithOIDC")).extracting(RecordedCall::status).containsExactly(200, 200, 200);
        assertThat(server.stsCredentialsIssued()).isEqualTo(3);
    }

    @Test
    void aTokenStsRefusesFailsTypedWithoutShowingIt() throws Exception {
        rotateToken(1); // the provider is registered ...
        Files.write(tokenFile, "eyJ.untrusted-token.sig".getBytes(StandardCharsets.UTF_8)); // ... this token is not its
        try (LogCapture logs = LogCapture.sdk(); RpcClient rpc = ice(defaultChain())) {
            // STS's own answer reaches the caller (not "no credentials found"): the environment
            // chose this source, and its request id is what support asks for.
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> callAndSeeWhoSigned(rpc));
            assertThat(e.errorCode()).isEqualTo("AuthenticationFail.OIDCToken.InvalidSignature");
            assertThat(e.statusCode()).isEqualTo(401);
            assertThat(e.requestId()).isNotBlank();
            assertThat(e.getMessage()).contains("Service: sts").doesNotContain("untrusted-token");
            assertThat(logs.text()).doesNotContain("untrusted-token");
        }
        assertThat(server.calls("ListLiveTranscodeTemplates")).as("nothing sent to ICE").isEmpty();
    }

    @Test
    void aRefreshThatStsRefusesKeepsTheValidCredentials() throws Exception {
        rotateToken(1);
        try (LogCapture logs = LogCapture.sdk(); RpcClient rpc = ice(defaultChain())) {
            String first = callAndSeeWhoSigned(rpc);
            server.distrustOidcToken(IDP, "eyJhbGciOiJSUzI1NiJ9.rrsa-1.c2lnbmF0dXJl"); // and no new token in the file
            server.clock().advance(Duration.ofMinutes(50));
            assertThat(callAndSeeWhoSigned(rpc)).isEqualTo(first);
            refreshes.remove(0).run(); // refused
            assertThat(callAndSeeWhoSigned(rpc)).isEqualTo(first);
            assertThat(logs.warnings()).singleElement().asString().contains("AssumeRoleWithOIDC")
                    .contains("AuthenticationFail.OIDCToken.InvalidSignature").doesNotContain("rrsa-1");

            server.clock().advance(Duration.ofMinutes(11)); // expired: now the failure reaches the caller
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> callAndSeeWhoSigned(rpc));
            assertThat(e.errorCode()).isEqualTo("AuthenticationFail.OIDCToken.InvalidSignature");
            assertThat(e.getMessage()).doesNotContain("rrsa-1");
            rotateToken(2);
            assertThat(callAndSeeWhoSigned(rpc)).startsWith("STS.").isNotEqualTo(first);
        }
    }
}
