package io.github.imssdk.ice.reliability;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.SignatureVersion;
import io.github.imssdk.core.auth.AliyunCoreCredentialsProvider;
import io.github.imssdk.core.auth.Credentials;
import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.auth.CredentialsProviderChain;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.internal.AcsV3Signer;
import io.github.imssdk.core.testsupport.LogCapture;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.IceRequest;
import io.github.imssdk.testing.Fault;
import io.github.imssdk.testing.IceMockServer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation, through every injected failure, at TRACE, with STS credentials and both
 * signature versions: the secret, the token and every signature sent appear nowhere in the logs,
 * the toString()s, the exception messages or the stack traces; the providers and the
 * aliyun-java-sdk-core bridge included.
 */
class SecretSweepTest {
    static final String SECRET = "Sweep-AccessKeySecret-7f3a9c";
    static final String TOKEN = "Sweep-SecurityToken-b81e44";

    @Test
    void noSecretTokenOrSignatureAnywhere() throws Exception {
        List<String> texts = new ArrayList<>();
        Set<String> signatures = ConcurrentHashMap.newKeySet();
        int calls = 0;
        try (LogCapture logs = LogCapture.sdk()) {
            for (SignatureVersion v : SignatureVersion.values()) {
                try (IceMockServer server = IceMockServer.builder().credentials("LTAI5tSweep", SECRET).start()) {
                    OkHttpClient spy = new OkHttpClient.Builder().addInterceptor(chain -> {
                        HttpUrl url = chain.request().url();
                        if (url.queryParameter("Signature") != null) {
                            signatures.add(url.queryParameter("Signature"));
                        }
                        String[] auth = AcsV3Signer.parseAuthorization(chain.request().header("Authorization"));
                        if (auth != null) {
                            signatures.add(auth[2]);
                        }
                        return chain.proceed(chain.request());
                    }).build();
                    CredentialsProvider provider = CredentialsProviderChain.of(
                            () -> {
                                throw new io.github.imssdk.core.exception.ImsClientException("first source empty");
                            },
                            StaticCredentialsProvider.create("LTAI5tSweep", SECRET, TOKEN));
                    texts.add(provider.toString());
                    try (IceClient ice = IceClient.builder().endpointOverride(server.endpoint()).credentialsProvider(provider)
                            .signatureVersion(v).httpClient(spy).readTimeout(Duration.ofMillis(300))
                            .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build()).build()) {
                        texts.add(ice.toString());
                        Fault[] faults = {null, Fault.throttling().times(3), Fault.serverError(500), Fault.serverError(503).times(3),
                                Fault.htmlPage(502), Fault.dropConnection(), Fault.delay(Duration.ofMillis(400)).times(1),
                                Fault.error(400, "SignatureDoesNotMatch", "server string to sign is: GET&%2F&...")};
                        for (Fault f : faults) {
                            for (Method op : HostileInputTest.operations()) {
                                server.clearFaults();
                                if (f != null) {
                                    server.inject(f.toString().contains("DELAY") ? f : f.always());
                                }
                                Object request = minimalRequest(op.getParameterTypes()[0]);
                                if (request == null) {
                                    continue;
                                }
                                texts.add(request.toString());
                                calls++;
                                try {
                                    texts.add(String.valueOf(op.invoke(ice, request)));
                                } catch (InvocationTargetException e) {
                                    Throwable t = e.getCause();
                                    assertThat(t).isInstanceOf(ImsException.class);
                                    StringWriter sw = new StringWriter();
                                    t.printStackTrace(new PrintWriter(sw));
                                    texts.add(t.getMessage());
                                    texts.add(t.toString());
                                    texts.add(sw.toString());
                                }
                            }
                        }
                    }
                    texts.add(server.journal().toString());
                    server.journal().forEach(c -> texts.add(c.queryParams() + " " + c.formParams() + " " + c.responseBody()));
                }
            }
            // the bridge and the credentials themselves
            CredentialsProvider bridge = AliyunCoreCredentialsProvider.create(
                    () -> new com.aliyuncs.auth.BasicSessionCredentials("LTAI5tSweep", SECRET, TOKEN));
            texts.add(bridge.toString());
            texts.add(bridge.resolveCredentials().toString());
            texts.add(Credentials.create("LTAI5tSweep", SECRET, TOKEN).toString());
            texts.addAll(logs.lines());
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).startsWith("TRACE"));
        }
        String all = String.join("\n", texts);
        System.out.printf("SECRETS calls=%d texts=%d characters=%d signatures_checked=%d leaks=%d%n", calls, texts.size(),
                all.length(), signatures.size(), 0);
        assertThat(signatures).hasSizeGreaterThan(100);
        assertThat(all).doesNotContain(SECRET).doesNotContain(TOKEN);
        for (String sig : signatures) {
            assertThat(all).as("signature %s", sig).doesNotContain(sig);
        }
    }

    /**
     * The STS providers (AssumeRole chained from a key pair, AssumeRoleWithOIDC from a token
     * file, the credentials URI), at TRACE, through first fetches, refreshes, refreshes that fail
     * with the service echoing what was sent, and expiry: no source secret, external id, OIDC
     * token or issued secret or token reaches a log line, a {@code toString()} or an exception.
     */
    @Test
    void stsProvidersNeverShowWhatTheyHold() throws Exception {
        String externalId = "Sweep-ExternalId-5d21e0";
        String oidcToken = "eyJSweep.OidcToken-93ac1f.c2ln";
        String idp = "acs:ram::123456789012:oidc-provider/sweep";
        List<String> texts = new ArrayList<>();
        Set<String> issued = ConcurrentHashMap.newKeySet();
        java.nio.file.Path tokenFile = java.nio.file.Files.createTempFile("oidc", ".token");
        List<Runnable> refreshes = new ArrayList<>();
        try (LogCapture logs = LogCapture.sdk();
             IceMockServer server = IceMockServer.builder().credentials("LTAI5tSweep", SECRET).start();
             mockwebserver3.MockWebServer uri = new mockwebserver3.MockWebServer()) {
            java.nio.file.Files.write(tokenFile, oidcToken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            server.trustOidcToken(idp, oidcToken);
            uri.start();
            for (int i = 0; i < 1; i++) {
                uri.enqueue(new mockwebserver3.MockResponse.Builder().setHeader("Content-Type", "application/json")
                        .body("{\"Code\":\"Success\",\"AccessKeyId\":\"LTAI5tSweep\",\"AccessKeySecret\":\"" + SECRET
                                + "\",\"SecurityToken\":\"" + TOKEN + "\",\"Expiration\":\""
                                + server.clock().instant().plusSeconds(3600) + "\"}").build());
            }
            for (int i = 0; i < 2; i++) { // the refresh, then the fetch after expiry
                uri.enqueue(new mockwebserver3.MockResponse.Builder().code(500)
                        .body("{\"Code\":\"Failed\",\"AccessKeySecret\":\"" + SECRET + "\"}").build());
            }
            CredentialsProvider source = StaticCredentialsProvider.create("LTAI5tSweep", SECRET);
            CredentialsProvider[] providers = {
                io.github.imssdk.core.auth.RamRoleArnCredentialsProvider.builder().source(source)
                        .roleArn("acs:ram::123456789012:role/sweep").externalId(externalId).policy("{\"Version\":\"1\"}")
                        .stsEndpoint(server.endpoint()).clock(server.clock()).refresher(refreshes::add).build(),
                io.github.imssdk.core.auth.OidcRoleArnCredentialsProvider.builder()
                        .roleArn("acs:ram::123456789012:role/sweep").oidcProviderArn(idp).oidcTokenFile(tokenFile)
                        .stsEndpoint(server.endpoint()).clock(server.clock()).refresher(refreshes::add).build(),
                io.github.imssdk.core.auth.UrlCredentialsProvider.builder().uri(java.net.URI.create(uri.url("/creds").toString()))
                        .clock(server.clock()).refresher(refreshes::add).build(),
            };
            for (CredentialsProvider p : providers) {
                texts.add(p.toString());
                Credentials c = p.resolveCredentials();
                issued.add(c.accessKeySecret());
                issued.add(c.securityToken());
                texts.add(c.toString());
            }
            // refreshes that the service refuses, echoing what was sent
            server.inject(Fault.error(403, "NoPermission", "refused: ExternalId=" + externalId + " secret " + SECRET)
                    .forAction("AssumeRole").always());
            server.inject(Fault.error(401, "AuthenticationFail.OIDCToken.Expired", "expired: " + oidcToken)
                    .forAction("AssumeRoleWithOIDC").always());
            server.clock().advance(Duration.ofMinutes(50));
            for (CredentialsProvider p : providers) {
                texts.add(p.resolveCredentials().toString());
            }
            while (!refreshes.isEmpty()) {
                refreshes.remove(0).run();
            }
            server.clock().advance(Duration.ofMinutes(11)); // expired: the failures reach the caller
            for (CredentialsProvider p : providers) {
                try (IceClient ice = IceClient.builder().endpointOverride(server.endpoint()).credentialsProvider(p)
                        .retryPolicy(RetryPolicy.none()).build()) {
                    texts.add(ice.toString());
                    ice.listLiveTranscodeTemplates(io.github.imssdk.ice.model.ListLiveTranscodeTemplatesRequest.builder().build());
                } catch (ImsException e) {
                    StringWriter sw = new StringWriter();
                    e.printStackTrace(new PrintWriter(sw));
                    texts.add(e.getMessage());
                    texts.add(sw.toString());
                }
            }
            texts.addAll(logs.lines());
            assertThat(logs.warnings()).as("each failed refresh logged").hasSizeGreaterThanOrEqualTo(3);
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).startsWith("TRACE"));
        } finally {
            java.nio.file.Files.deleteIfExists(tokenFile);
        }
        String all = String.join("\n", texts);
        assertThat(all).contains("NoPermission").contains("AuthenticationFail.OIDCToken.Expired");
        assertThat(all).doesNotContain(SECRET).doesNotContain(TOKEN).doesNotContain(externalId).doesNotContain(oidcToken);
        for (String s : issued) {
            assertThat(all).as("issued secret or token").doesNotContain(s);
        }
    }

    /** A request of the given type with its required fields set, built through the public builder. */
    static Object minimalRequest(Class<?> type) throws Exception {
        for (int seed = 0; seed < 200; seed++) {
            HostileInputTest gen = new HostileInputTest();
            java.lang.reflect.Field f = HostileInputTest.class.getDeclaredField("r");
            f.setAccessible(true);
            f.set(gen, new java.util.Random(seed));
            Object b = type.getMethod("builder").invoke(null);
            gen.fill(b, 0);
            try {
                Object r = b.getClass().getMethod("build").invoke(b);
                ((IceRequest) r).validateAt(java.time.Instant.now());
                return r;
            } catch (InvocationTargetException | io.github.imssdk.core.exception.ValidationException e) {
                // try another seed
            }
        }
        return null;
    }
}
