package io.github.imssdk.testing;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.auth.RamRoleArnCredentialsProvider;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.testsupport.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * RAM roles through the emulator playing STS: AssumeRole signed by a source (chained roles too),
 * ICE calls with the temporary credentials, refreshes on the virtual clock and on an executor
 * the test owns, and a refresh that fails while the old credentials are still valid.
 */
class StsTest {
    private static final String ROLE_A = "acs:ram::123456789012:role/ims-operator";
    private static final String ROLE_B = "acs:ram::210987654321:role/ims-cross-account";
    private static final String EXTERNAL_ID = "external-id-never-shown";

    IceMockServer server;
    final List<Runnable> refreshes = new ArrayList<>();

    @BeforeEach
    void start() {
        server = IceMockServer.builder().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    RamRoleArnCredentialsProvider role(CredentialsProvider source, String arn) {
        return RamRoleArnCredentialsProvider.builder().source(source).roleArn(arn).roleSessionName("sts-test")
                .externalId(EXTERNAL_ID).stsEndpoint(server.endpoint()).clock(server.clock()).refresher(refreshes::add)
                .build();
    }

    RpcClient ice(CredentialsProvider credentials) {
        return RpcClient.builder().product("ice").endpointOverride(server.endpoint()).credentialsProvider(credentials)
                .retryPolicy(RetryPolicy.none()).build();
    }

    String callAndSeeWhoSigned(RpcClient rpc) {
        rpc.call(RpcRequest.builder().action("ListLiveTranscodeTemplates").version("2020-11-09").build());
        return server.lastCall().accessKeyId();
    }

    @Test
    void chainedRolesCallIceAcrossTwoRefreshes() {
        RamRoleArnCredentialsProvider a = role(server.credentialsProvider(), ROLE_A);
        RamRoleArnCredentialsProvider b = role(a, ROLE_B); // signed with role A's temporary credentials
        try (RpcClient rpc = ice(b)) {
            String first = callAndSeeWhoSigned(rpc);
            assertThat(first).startsWith("STS.");
            assertThat(server.stsCredentialsIssued()).isEqualTo(2); // A, then B with A's
            for (int refresh = 1; refresh <= 2; refresh++) {
                server.clock().advance(Duration.ofMinutes(50)); // within 15 minutes of expiry
                String before = callAndSeeWhoSigned(rpc);
                assertThat(refreshes).as("the call went on with valid credentials; one refresh queued").hasSize(1);
                refreshes.remove(0).run(); // B refreshes (A is asked again: its own refresh is queued)
                while (!refreshes.isEmpty()) {
                    refreshes.remove(0).run();
                }
                String after = callAndSeeWhoSigned(rpc);
                assertThat(after).startsWith("STS.").isNotEqualTo(before);
            }
        }
        assertThat(b.toString()).contains(ROLE_B).doesNotContain(EXTERNAL_ID);
    }

    @Test
    void aRefreshThatFailsWhileTheCredentialsAreValidLetsCallsGoOn() {
        RamRoleArnCredentialsProvider role = role(server.credentialsProvider(), ROLE_A);
        try (LogCapture logs = LogCapture.sdk(); RpcClient rpc = ice(role)) {
            String first = callAndSeeWhoSigned(rpc);
            server.inject(Fault.error(403, "NoPermission", "You are not authorized to do this action.")
                    .forAction("AssumeRole").always());
            server.clock().advance(Duration.ofMinutes(50));
            assertThat(callAndSeeWhoSigned(rpc)).isEqualTo(first);
            refreshes.remove(0).run(); // fails
            assertThat(callAndSeeWhoSigned(rpc)).isEqualTo(first);
            refreshes.remove(0).run(); // fails again: logged once
            assertThat(logs.warnings()).singleElement().asString().contains("NoPermission")
                    .doesNotContain(EXTERNAL_ID);
            assertThat(logs.text()).doesNotContain(EXTERNAL_ID);

            // once they expire, the calls fail typed: the service's error reaches the caller
            server.clock().advance(Duration.ofMinutes(11));
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> callAndSeeWhoSigned(rpc));
            assertThat(e.errorCode()).isEqualTo("NoPermission");
            server.clearFaults();
            assertThat(callAndSeeWhoSigned(rpc)).startsWith("STS.").isNotEqualTo(first);
        }
    }

    @Test
    void aClosedProviderSendsNothingMoreAndSaysItIsClosed() {
        RamRoleArnCredentialsProvider role = role(server.credentialsProvider(), ROLE_A);
        try (RpcClient rpc = ice(role)) {
            String first = callAndSeeWhoSigned(rpc);
            role.close();
            role.close(); // idempotent
            assertThat(callAndSeeWhoSigned(rpc)).as("the credentials held are still valid").isEqualTo(first);
            server.clock().advance(Duration.ofMinutes(61));
            io.github.imssdk.core.exception.ImsClientException e = catchThrowableOfType(
                    io.github.imssdk.core.exception.ImsClientException.class, () -> callAndSeeWhoSigned(rpc));
            assertThat(e).hasMessageContaining("AssumeRole was not sent: the sts client is closed");
        }
        assertThat(server.calls("AssumeRole")).hasSize(1);
    }

    @Test
    void expiredOrMismatchedStsCredentialsAreRefusedByTheEmulator() {
        RamRoleArnCredentialsProvider role = role(server.credentialsProvider(), ROLE_A);
        io.github.imssdk.core.auth.Credentials c = role.resolveCredentials();
        try (RpcClient wrongToken = ice(io.github.imssdk.core.auth.StaticCredentialsProvider.create(c.accessKeyId(),
                c.accessKeySecret(), "not-the-token"))) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> callAndSeeWhoSigned(wrongToken));
            assertThat(e.errorCode()).isEqualTo("InvalidSecurityToken.Mismatch");
        }
        server.clock().advance(Duration.ofHours(2));
        try (RpcClient stale = ice(io.github.imssdk.core.auth.StaticCredentialsProvider.create(c.accessKeyId(),
                c.accessKeySecret(), c.securityToken()))) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> callAndSeeWhoSigned(stale));
            assertThat(e.errorCode()).isEqualTo("InvalidSecurityToken.Expired");
        }
    }
}
