package io.github.imssdk.testing;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.auth.CredentialsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RRSA as a pod sees it: a JVM whose real environment holds what the ACK pod identity webhook
 * injects (role ARN, OIDC provider ARN, token file, STS endpoint) and nothing else, with an empty
 * home, builds a client with the public {@link CredentialsProvider#defaultChain()} and calls ICE on
 * the emulator. (The refreshes, on the emulator's virtual clock, are in
 * {@code io.github.imssdk.core.auth.RrsaDefaultChainTest}.)
 */
class RrsaProcessTest {
    static final String ROLE = "acs:ram::123456789012:role/ims-pod";
    static final String IDP = "acs:ram::123456789012:oidc-provider/ack-rrsa-c0ffee";

    /** The pod's program: one ICE call with the default chain; prints who signed it. */
    public static void main(String[] args) {
        try (RpcClient rpc = RpcClient.builder().product("ice").endpointOverride(URI.create(args[0]))
                .credentialsProvider(CredentialsProvider.defaultChain()).retryPolicy(RetryPolicy.none()).build()) {
            rpc.call(RpcRequest.builder().action("ListLiveTranscodeTemplates").version("2020-11-09").build());
            System.out.println("called ICE");
        }
    }

    @Test
    void aPodWithTheWebhooksEnvironmentCallsIceWithStsCredentials(@TempDir Path dir) throws Exception {
        try (IceMockServer server = IceMockServer.builder().start()) {
            Path token = dir.resolve("token");
            Files.write(token, "eyJhbGciOiJSUzI1NiJ9.pod.c2ln".getBytes(StandardCharsets.UTF_8));
            server.trustOidcToken(IDP, "eyJhbGciOiJSUzI1NiJ9.pod.c2ln");
            Path home = Files.createDirectories(dir.resolve("home"));
            ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), RrsaProcessTest.class.getName(),
                    server.endpoint().toString()).redirectErrorStream(true);
            pb.environment().keySet().removeIf(k -> k.startsWith("ALIBABA_CLOUD_") || k.startsWith("ALICLOUD_"));
            pb.environment().put("ALIBABA_CLOUD_ROLE_ARN", ROLE);
            pb.environment().put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", IDP);
            pb.environment().put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", token.toString());
            pb.environment().put("ALIBABA_CLOUD_STS_ENDPOINT", server.endpoint().toString());
            pb.environment().put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(out).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("called ICE");
            RecordedCall exchange = server.calls("AssumeRoleWithOIDC").get(0);
            assertThat(exchange.signatureVersion()).isEqualTo("none");
            assertThat(exchange.param("RoleArn")).isEqualTo(ROLE);
            RecordedCall ice = server.calls("ListLiveTranscodeTemplates").get(0);
            assertThat(ice.status()).isEqualTo(200);
            assertThat(ice.accessKeyId()).startsWith("STS.");
        }
    }
}
