package io.github.imssdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.testing.internal.Gateway;
import io.github.imssdk.testing.internal.IceBackend;
import io.github.imssdk.testing.internal.Incoming;
import io.github.imssdk.testing.internal.MockError;
import io.github.imssdk.testing.internal.NoDelayServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An in-process emulator of Alibaba Cloud Intelligent Media Services (ICE) on MockWebServer,
 * listening on 127.0.0.1: point a client at {@link #endpoint()} with {@link #credentialsProvider()}
 * and test your code without an account or a network.
 *
 * <pre>{@code
 * try (IceMockServer server = IceMockServer.builder().start();
 *      IceClient ice = IceClient.builder()
 *          .endpointOverride(server.endpoint())
 *          .credentialsProvider(server.credentialsProvider())
 *          .build()) {
 *     String jobId = ice.submitMediaConvertJob(request).job().jobId();
 *     server.clock().advance(Duration.ofMinutes(1));       // the job finishes
 *     assertThat(server.mediaConvertJobState(jobId)).isEqualTo("Success");
 *     assertThat(server.calls("SubmitMediaConvertJob")).hasSize(1);
 * }
 * }</pre>
 *
 * <p>What it does, as the service would:
 * <ul>
 *   <li>verifies V1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256) signatures against the credentials it
 *       was given: {@code SignatureDoesNotMatch}, {@code InvalidAccessKeyId.NotFound},
 *       {@code InvalidTimeStamp.Expired} beyond 15 minutes of skew, {@code SignatureNonceUsed}
 *       on a replayed nonce;</li>
 *   <li>checks required parameters ({@code MissingParameter}) and enumerated values
 *       ({@code InvalidParameter}) from its own table, so requests from any client are checked;</li>
 *   <li>keeps templates and jobs in memory; media-convert jobs go Inited, Running, then Success
 *       (or Failed for an input {@linkplain #markBadInput marked bad}) on the {@linkplain #clock()
 *       virtual clock}; {@code ClientToken} is honoured ({@code IdempotentParameterMismatch});
 *       unknown template ids give {@code TemplateNotFound};</li>
 *   <li>injects {@linkplain #inject faults} per action, and journals every call.</li>
 * </ul>
 * Three templates exist from the start: {@link #LIVE_TRANSCODE_TEMPLATE_ID},
 * {@link #LIVE_RECORD_TEMPLATE_ID} and {@link #LIVE_SNAPSHOT_TEMPLATE_ID}.
 */
public final class IceMockServer implements AutoCloseable {
    /** The AccessKey id the server accepts by default. */
    public static final String ACCESS_KEY_ID = "LTAI5tMockAccessKeyId";
    /** The AccessKey secret that goes with {@link #ACCESS_KEY_ID}. */
    public static final String ACCESS_KEY_SECRET = "mock-access-key-secret-for-tests";
    /** A live transcoding template that exists from the start. */
    public static final String LIVE_TRANSCODE_TEMPLATE_ID = "mock-live-transcode-template";
    /** A live recording template that exists from the start. */
    public static final String LIVE_RECORD_TEMPLATE_ID = "mock-live-record-template";
    /** A live snapshot template that exists from the start. */
    public static final String LIVE_SNAPSHOT_TEMPLATE_ID = "mock-live-snapshot-template";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> secrets;
    private final VirtualClock clock;
    private final Gateway gateway;
    private final Clock requestClock;
    private final IceBackend backend;
    private final List<Fault> faults = new ArrayList<>();
    private final List<Integer> faultUses = new ArrayList<>();
    private final List<RecordedCall> journal = Collections.synchronizedList(new ArrayList<>());
    private final List<Map.Entry<String, java.util.function.Consumer<RecordedCall>>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, Integer> qpsLimits;
    private final Map<String, java.util.ArrayDeque<Long>> qpsWindows = new java.util.concurrent.ConcurrentHashMap<>();

    /** Temporary credentials this server issued as STS: secret, token and expiry by AccessKey id. */
    private final Map<String, String[]> issued = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger issuedCount = new java.util.concurrent.atomic.AtomicInteger();
    private volatile String callbackUrl;
    private volatile String callbackAuthKey;
    private okhttp3.OkHttpClient callbackHttp;
    /** The OIDC tokens STS accepts, by identity provider ARN. */
    private final Map<String, java.util.Set<String>> oidcTokens = new java.util.concurrent.ConcurrentHashMap<>();
    /** What the gateway verifies signatures with: the configured keys, then every key issued. */
    private final Map<String, String> verifiable = new java.util.concurrent.ConcurrentHashMap<>();

    private IceMockServer(Builder b) {
        this.secrets = Collections.unmodifiableMap(new LinkedHashMap<>(b.secrets));
        this.clock = b.clock != null ? b.clock : new VirtualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        this.verifiable.putAll(secrets);
        this.gateway = new Gateway(verifiable, b.requestClock, b.maxClockSkew);
        this.requestClock = b.requestClock;
        this.qpsLimits = new java.util.HashMap<>(b.qpsLimits);
        this.backend = new IceBackend(clock, b.convertQueued, b.convertRunning);
        backend.addTranscodeTemplate(LIVE_TRANSCODE_TEMPLATE_ID, "mock-720p", "normal");
        backend.addRecordTemplate(LIVE_RECORD_TEMPLATE_ID, "mock-m3u8");
        backend.addSnapshotTemplate(LIVE_SNAPSHOT_TEMPLATE_ID, "mock-10s");
        server.setServerSocketFactory(new NoDelayServerSocketFactory());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return IceMockServer.this.dispatch(request);
            }
        });
    }

    /** @return a builder; every setting is optional */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the base URI to give clients as their endpoint override, e.g. {@code http://127.0.0.1:40123/} */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/");
    }

    /** @return credentials the server accepts (the first configured pair) */
    public CredentialsProvider credentialsProvider() {
        Map.Entry<String, String> first = secrets.entrySet().iterator().next();
        return StaticCredentialsProvider.create(first.getKey(), first.getValue());
    }

    /** @return the virtual clock jobs move on; advance it to make them progress */
    public VirtualClock clock() {
        return clock;
    }

    /**
     * Injects a fault into the next matching calls.
     *
     * @param fault what to inject
     * @return this server
     */
    public IceMockServer inject(Fault fault) {
        synchronized (faults) {
            faults.add(fault);
            faultUses.add(0);
        }
        return this;
    }

    /** Removes every injected fault. */
    public void clearFaults() {
        synchronized (faults) {
            faults.clear();
            faultUses.clear();
        }
    }

    /**
     * Runs {@code listener} after each call of {@code action}, once its answer is decided and
     * before it is sent: for tests that want the service to move on as it is asked, e.g.
     * {@code server.onCall("GetMediaConvertJob", c -> server.clock().advance(Duration.ofSeconds(5)))}
     * makes a waiter's polls see a job progress, however fast or slow the machine. Listeners
     * run on the server's thread, in the order added.
     *
     * @param action an API action, e.g. {@code GetMediaConvertJob}
     * @param listener receives the call as the journal records it
     * @return this server
     */
    public IceMockServer onCall(String action, java.util.function.Consumer<RecordedCall> listener) {
        if (action == null || listener == null) {
            throw new IllegalArgumentException("action and listener are required");
        }
        listeners.add(new java.util.AbstractMap.SimpleImmutableEntry<>(action, listener));
        return this;
    }

    /** @return every call received so far, oldest first; a snapshot */
    public List<RecordedCall> journal() {
        synchronized (journal) {
            return Collections.unmodifiableList(new ArrayList<>(journal));
        }
    }

    /**
     * @param action an API action
     * @return the calls of that action received so far
     */
    public List<RecordedCall> calls(String action) {
        List<RecordedCall> out = new ArrayList<>();
        for (RecordedCall c : journal()) {
            if (action.equals(c.action())) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return the most recent call, or {@code null} */
    public RecordedCall lastCall() {
        synchronized (journal) {
            return journal.isEmpty() ? null : journal.get(journal.size() - 1);
        }
    }

    /** @return how many TCP connections clients have opened to this server so far */
    public int connectionsAccepted() {
        return connections.get();
    }

    /** Forgets the calls received so far. */
    public void clearJournal() {
        journal.clear();
    }

    /**
     * Adds a live transcoding template.
     *
     * @param templateId its id
     * @param name its name
     * @return this server
     */
    public IceMockServer addLiveTranscodeTemplate(String templateId, String name) {
        backend.addTranscodeTemplate(templateId, name, "normal");
        return this;
    }

    /**
     * Adds a live recording template.
     *
     * @param templateId its id
     * @param name its name
     * @return this server
     */
    public IceMockServer addLiveRecordTemplate(String templateId, String name) {
        backend.addRecordTemplate(templateId, name);
        return this;
    }

    /**
     * Adds a live snapshot template.
     *
     * @param templateId its id
     * @param name its name
     * @return this server
     */
    public IceMockServer addLiveSnapshotTemplate(String templateId, String name) {
        backend.addSnapshotTemplate(templateId, name);
        return this;
    }

    /**
     * Adds recorded files to a live recording job, five minutes apart, ending now.
     *
     * @param jobId the job (need not exist)
     * @param count how many
     * @return this server
     */
    public IceMockServer addLiveRecordFiles(String jobId, int count) {
        backend.addRecordFiles(jobId, count);
        return this;
    }

    /**
     * Adds snapshots to a live snapshot job.
     *
     * @param jobId the job (need not exist)
     * @param count how many
     * @param first when the first was taken
     * @param interval time between snapshots
     * @return this server
     */
    public IceMockServer addLiveSnapshotFiles(String jobId, int count, Instant first, Duration interval) {
        backend.addSnapshotFiles(jobId, count, first, interval);
        return this;
    }

    /**
     * Adds finished media-convert jobs, as if submitted an hour ago, for listing tests.
     *
     * @param count how many
     * @return this server
     */
    public IceMockServer addMediaConvertJobs(int count) {
        backend.addMediaConvertJobs(count);
        return this;
    }

    /**
     * Makes media-convert jobs that read this input fail when they finish.
     *
     * @param media the input's {@code Media} value, e.g. {@code oss://bucket/broken.mp4}
     * @return this server
     */
    public IceMockServer markBadInput(String media) {
        backend.markBadInput(media);
        return this;
    }

    /**
     * @param jobId a media-convert job id
     * @return its state now ({@code Inited}, {@code Running}, {@code Success}, {@code Failed}), or {@code null}
     */
    public String mediaConvertJobState(String jobId) {
        return backend.convertJobState(jobId);
    }

    /**
     * @param templateId a live transcoding template id
     * @return the template as stored (JSON text with the wire names), or {@code null}
     */
    public String liveTranscodeTemplate(String templateId) {
        Object t = backend.transcodeTemplate(templateId);
        return t == null ? null : t.toString();
    }

    private MockResponse dispatch(RecordedRequest rr) {
        connections.accumulateAndGet(rr.getConnectionIndex() + 1, Math::max);
        Incoming in = new Incoming(rr);
        String requestId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        String action = Gateway.actionOf(in);
        String sigVersion = "none";
        String accessKeyId = null;
        int status;
        String code = null;
        String body;
        MockResponse response;
        Fault f = null;
        try {
            Gateway.Verified v = gateway.verify(in);
            action = v.action;
            sigVersion = v.signatureVersion;
            accessKeyId = v.accessKeyId;
            checkIssued(v, in);
            if ("2015-04-01".equals(v.version)) {
                f = takeFault(action);
                if (f != null && f.kind == Fault.Kind.ERROR) {
                    throw new MockError(f.status, f.code, f.message);
                }
                body = sts(action, v.params, requestId).toString();
                record(in, action, sigVersion, accessKeyId, 200, null, body);
                return json(200, body, requestId).build();
            }
            if (!"2020-11-09".equals(v.version)) {
                throw new MockError(400, "InvalidVersion", "Specified parameter Version is not valid.");
            }
            if (overQpsLimit(action)) {
                throw new MockError(400, "Throttling.Api", "Request was denied due to api flow control.");
            }
            f = takeFault(action);
            if (f != null && f.kind == Fault.Kind.ERROR) {
                throw new MockError(f.status, f.code, f.message);
            }
            if (f != null && f.kind == Fault.Kind.HTML) {
                status = f.status;
                body = "<html><head><title>" + status + " Bad Gateway</title></head><body><center><h1>" + status
                        + " Bad Gateway</h1></center><hr><center>Tengine</center></body></html>";
                response = new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html")
                        .setHeader("x-acs-request-id", requestId).body(body).build();
                record(in, action, sigVersion, accessKeyId, status, null, body);
                return response;
            }
            ObjectNode answer = backend.handle(action, v.params, requestId);
            ObjectNode out = Json.mapper().createObjectNode().put("RequestId", requestId);
            out.setAll(answer);
            body = out.toString();
            status = 200;
            MockResponse.Builder mb = json(200, body, requestId);
            if (f != null && f.kind == Fault.Kind.DELAY) {
                mb.headersDelay(f.delay.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (f != null && f.kind == Fault.Kind.DROP) {
                record(in, action, sigVersion, accessKeyId, 0, null, "");
                return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
            }
            response = mb.build();
        } catch (MockError e) {
            status = e.status();
            code = e.code();
            ObjectNode err = Json.mapper().createObjectNode().put("RequestId", requestId)
                    .put("HostId", "ice.mock.aliyuncs.com").put("Code", code).put("Message", e.getMessage())
                    .put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=ICE&requestId=" + requestId);
            body = err.toString();
            MockResponse.Builder mb = json(status, body, requestId);
            if (f != null && f.kind == Fault.Kind.ERROR && f.retryAfterMillis != null && code.equals(f.code)) {
                mb.setHeader("x-acs-retry-after", f.retryAfterMillis);
            }
            response = mb.build();
        } catch (RuntimeException e) {
            status = 500;
            code = "InternalError";
            body = "{\"RequestId\":\"" + requestId + "\",\"Code\":\"InternalError\",\"Message\":\"The emulator failed: "
                    + e.getClass().getSimpleName() + "\"}";
            response = json(500, body, requestId).build();
        }
        record(in, action, sigVersion, accessKeyId, status, code, body);
        return response;
    }

    /** A call signed with issued STS credentials must carry their token, before they expire (virtual clock). */
    private void checkIssued(Gateway.Verified v, Incoming in) {
        String[] sts = v.accessKeyId == null ? null : issued.get(v.accessKeyId);
        if (sts == null) {
            return;
        }
        String token = in.securityToken();
        if (token == null || !token.equals(sts[1])) {
            throw new MockError(400, "InvalidSecurityToken.Mismatch", "Specified SecurityToken mismatch with the AccessKey.");
        }
        if (!clock.instant().isBefore(Instant.parse(sts[2]))) {
            throw new MockError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
        }
    }

    /**
     * STS (version 2015-04-01): AssumeRole (signed) and AssumeRoleWithOIDC (anonymous, with a
     * token {@link #trustOidcToken trusted} for its provider) issue credentials this server then
     * accepts until they expire.
     */
    private ObjectNode sts(String action, Map<String, String> params, String requestId) {
        if ("AssumeRoleWithOIDC".equals(action)) {
            checkOidc(params);
        } else if (!"AssumeRole".equals(action)) {
            throw new MockError(404, "InvalidAction.NotFound", "The specified action " + action + " of STS is not supported here.");
        }
        String roleArn = params.get("RoleArn");
        if (roleArn == null || !roleArn.matches("acs:ram::\\d+:role/[^/]+")) {
            throw new MockError(400, "InvalidParameter.RoleArn", "The parameter RoleArn is wrongly formed.");
        }
        String session = params.get("RoleSessionName");
        if (session == null || !session.matches("[\\w.@-]{2,64}")) {
            throw new MockError(400, "InvalidParameter.RoleSessionName", "The parameter RoleSessionName is wrongly formed.");
        }
        long seconds = 3600;
        if (params.get("DurationSeconds") != null) {
            try {
                seconds = Long.parseLong(params.get("DurationSeconds"));
            } catch (NumberFormatException e) {
                seconds = -1;
            }
            if (seconds < 900 || seconds > 43200) {
                throw new MockError(400, "InvalidParameter.DurationSeconds", "The DurationSeconds is out of range.");
            }
        }
        int n = issuedCount.incrementAndGet();
        String id = "STS.mock" + n + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String secret = UUID.randomUUID().toString().replace("-", "");
        String token = "CAIS" + UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        String expiration = clock.instant().plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS).toString();
        issued.put(id, new String[] {secret, token, expiration});
        verifiable.put(id, secret);
        ObjectNode out = Json.mapper().createObjectNode().put("RequestId", requestId);
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        String account = roleArn.split(":")[3];
        out.putObject("AssumedRoleUser").put("Arn", "acs:ram::" + account + ":assumed-role/" + roleName + "/" + session)
                .put("AssumedRoleId", "3" + n + ":" + session);
        out.putObject("Credentials").put("AccessKeyId", id).put("AccessKeySecret", secret).put("SecurityToken", token)
                .put("Expiration", expiration);
        return out;
    }

    /** The checks STS makes of an OIDC exchange, with the error codes of its error-code page. */
    private void checkOidc(Map<String, String> params) {
        String provider = params.get("OIDCProviderArn");
        if (provider == null || !provider.matches("acs:ram::\\d+:oidc-provider/[^/]+")) {
            throw new MockError(400, "InvalidParameter.OIDCProviderArn", "The parameter OIDCProviderArn is wrongly formed.");
        }
        String token = params.get("OIDCToken");
        if (token == null || token.isEmpty()) {
            throw new MockError(401, "AuthenticationFail.OIDCToken.Invalid", "The OIDCToken can not empty.");
        }
        java.util.Set<String> trusted = oidcTokens.get(provider);
        if (trusted == null) {
            throw new MockError(401, "AuthenticationFail.NoPermission", "No such OIDC Provider registered.");
        }
        if (!trusted.contains(token)) {
            throw new MockError(401, "AuthenticationFail.OIDCToken.InvalidSignature",
                    "OIDC token validate failed: invalid signature.");
        }
    }

    /**
     * Makes STS accept an OIDC token from a provider in {@code AssumeRoleWithOIDC}, as a
     * registered identity provider whose signature checks out. Tokens stay trusted until
     * {@link #distrustOidcToken}.
     *
     * @param oidcProviderArn e.g. {@code acs:ram::123456789012:oidc-provider/ack-rrsa-c123}
     * @param token the token text, as in the pod's token file
     * @return this server
     */
    public IceMockServer trustOidcToken(String oidcProviderArn, String token) {
        oidcTokens.computeIfAbsent(oidcProviderArn, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(token);
        return this;
    }

    /**
     * @param oidcProviderArn the provider
     * @param token a token no longer accepted (say, one the platform rotated away)
     * @return this server
     */
    public IceMockServer distrustOidcToken(String oidcProviderArn, String token) {
        java.util.Set<String> trusted = oidcTokens.get(oidcProviderArn);
        if (trusted != null) {
            trusted.remove(token);
        }
        return this;
    }

    /** @return how many sets of STS credentials this server issued (AssumeRole and AssumeRoleWithOIDC) */
    public int stsCredentialsIssued() {
        return issuedCount.get();
    }

    /**
     * The gateway's per-action flow control: at most {@code qps} calls of the action in any one
     * second (counted on the machine's clock, since flow control is about real time).
     */
    private boolean overQpsLimit(String action) {
        Integer qps = qpsLimits.get(action);
        if (qps == null) {
            return false;
        }
        java.util.ArrayDeque<Long> window = qpsWindows.computeIfAbsent(action, a -> new java.util.ArrayDeque<>());
        long now = System.nanoTime();
        synchronized (window) {
            while (!window.isEmpty() && now - window.peekFirst() >= 1_000_000_000L) {
                window.pollFirst();
            }
            if (window.size() >= qps) {
                return true;
            }
            window.addLast(now);
            return false;
        }
    }

    private Fault takeFault(String action) {
        synchronized (faults) {
            Iterator<Fault> it = faults.iterator();
            for (int i = 0; it.hasNext(); i++) {
                Fault f = it.next();
                if (f.action == null || f.action.equals(action)) {
                    int used = faultUses.get(i) + 1;
                    if (used >= f.times) {
                        it.remove();
                        faultUses.remove(i);
                    } else {
                        faultUses.set(i, used);
                    }
                    return f;
                }
            }
            return null;
        }
    }

    private MockResponse.Builder json(int status, String body, String requestId) {
        // The Date header carries the server's time, as the service's gateway does: clients use
        // it to correct their clock after InvalidTimeStamp.Expired.
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json;charset=utf-8")
                .setHeader("x-acs-request-id", requestId)
                .setHeader("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        java.time.ZonedDateTime.ofInstant(requestClock.instant(), java.time.ZoneOffset.UTC)))
                .body(body);
    }

    private void record(Incoming in, String action, String sigVersion, String accessKeyId, int status, String code,
                        String body) {
        RecordedCall call = Journal.call(in, action, sigVersion, accessKeyId, status, code, body);
        journal.add(call);
        for (Map.Entry<String, java.util.function.Consumer<RecordedCall>> l : listeners) {
            if (l.getKey().equals(action)) {
                l.getValue().accept(call);
            }
        }
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
        okhttp3.OkHttpClient h;
        synchronized (this) {
            h = callbackHttp;
        }
        if (h != null) {
            h.dispatcher().executorService().shutdown();
            h.connectionPool().evictAll();
        }
    }

    /**
     * Where this server sends its event notifications, as {@code SetEventCallback} (or the
     * console's Callback Settings) configures them: an HTTP POST of each event as the request
     * body, signed as IMS signs them when an AuthKey is set ({@code X-ICE-TIMESTAMP}, UNIX
     * seconds of the request clock, and {@code X-ICE-SIGNATURE}, the MD5 hex of
     * {@code url|timestamp|authKey}).
     *
     * @param url the callback URL (its exact text is what the signature covers)
     * @param authKey the callback AuthKey, or {@code null} for unauthenticated callbacks
     * @return this server
     */
    public IceMockServer eventCallback(String url, String authKey) {
        okhttp3.HttpUrl.get(url); // an IllegalArgumentException for a URL it cannot send to
        this.callbackUrl = url;
        this.callbackAuthKey = authKey;
        return this;
    }

    /**
     * Sends a {@code MediaConvertComplete} event for every media-convert job that has ended (on
     * the virtual clock) since the last delivery, each at most once; an event the receiver does
     * not answer with a 2xx is kept and sent again at the next delivery, as IMS retries.
     *
     * @return how many events the receiver accepted
     * @throws IllegalStateException when no {@link #eventCallback} is set
     */
    public int deliverEvents() {
        String url = callbackUrl;
        if (url == null) {
            throw new IllegalStateException("no event callback configured: call eventCallback(url, authKey) first");
        }
        int accepted = 0;
        for (ObjectNode job : backend.takeEndedConvertJobs()) {
            ObjectNode event = Json.mapper().createObjectNode().put("EventType", "MediaConvertComplete")
                    .put("UserId", 1234567890123456L)
                    .put("EventTime", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
            event.set("MessageBody", job);
            String timestamp = String.valueOf(requestClock.instant().getEpochSecond());
            okhttp3.Request.Builder rb = new okhttp3.Request.Builder().url(url)
                    .post(okhttp3.RequestBody.create(event.toString(), okhttp3.MediaType.get("application/json")));
            if (callbackAuthKey != null) {
                rb.header("X-ICE-TIMESTAMP", timestamp).header("X-ICE-SIGNATURE",
                        io.github.imssdk.core.internal.Crypto.md5Hex(url + "|" + timestamp + "|" + callbackAuthKey));
            }
            boolean ok;
            try (okhttp3.Response r = callbackHttp().newCall(rb.build()).execute()) {
                ok = r.isSuccessful();
            } catch (IOException e) {
                ok = false;
            }
            if (ok) {
                accepted++;
            } else {
                backend.untake(job.path("JobId").asText());
            }
        }
        return accepted;
    }

    private okhttp3.OkHttpClient callbackHttp() {
        synchronized (this) {
            if (callbackHttp == null) {
                callbackHttp = new okhttp3.OkHttpClient.Builder().callTimeout(10, TimeUnit.SECONDS)
                        .followRedirects(false).build();
            }
            return callbackHttp;
        }
    }

    @Override
    public String toString() {
        return "IceMockServer(" + endpoint() + ")";
    }

    /** Builds and starts an {@link IceMockServer}. */
    public static final class Builder {
        private final Map<String, String> secrets = new LinkedHashMap<>();
        private VirtualClock clock;
        private Clock requestClock = Clock.systemUTC();
        private Duration maxClockSkew = Duration.ofMinutes(15);
        private final Map<String, Integer> qpsLimits = new java.util.HashMap<>();
        private Duration convertQueued = Duration.ofSeconds(1);
        private Duration convertRunning = Duration.ofSeconds(10);
        private int port;

        private Builder() {
        }

        /**
         * Accepts this AccessKey pair (may be called several times). Default: {@link #ACCESS_KEY_ID}
         * / {@link #ACCESS_KEY_SECRET}.
         *
         * @param accessKeyId the id
         * @param accessKeySecret the secret
         * @return this builder
         */
        public Builder credentials(String accessKeyId, String accessKeySecret) {
            secrets.put(accessKeyId, accessKeySecret);
            return this;
        }

        /**
         * @param clock the virtual clock jobs move on (default: one starting now)
         * @return this builder
         */
        public Builder clock(VirtualClock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * @param clock the clock request timestamps are checked against (default: the system clock)
         * @return this builder
         */
        public Builder requestClock(Clock clock) {
            this.requestClock = clock;
            return this;
        }

        /**
         * @param skew the allowed difference between a request's timestamp and the server's
         *     time (default 15 minutes, as the service)
         * @return this builder
         */
        public Builder maxClockSkew(Duration skew) {
            this.maxClockSkew = skew;
            return this;
        }

        /**
         * @param queued how long a media-convert job stays Inited on the virtual clock (default 1 s)
         * @param running how long it then runs (default 10 s)
         * @return this builder
         */
        public Builder mediaConvertTiming(Duration queued, Duration running) {
            this.convertQueued = queued;
            this.convertRunning = running;
            return this;
        }

        /**
         * @param port the port on 127.0.0.1 to listen on (default: any free port)
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * Flow control as the gateway applies it per API: more than {@code qps} calls of the action
         * in any one second are answered HTTP 400 {@code Throttling.Api}, unprocessed.
         *
         * @param action the API action, e.g. {@code GetMediaConvertJob}
         * @param qps the calls allowed per second, at least 1
         * @return this builder
         */
        public Builder qpsLimit(String action, int qps) {
            if (qps < 1) {
                throw new IllegalArgumentException("qps must be at least 1");
            }
            qpsLimits.put(action, qps);
            return this;
        }

        /** @return the started server; close it when done */
        public IceMockServer start() {
            if (secrets.isEmpty()) {
                secrets.put(ACCESS_KEY_ID, ACCESS_KEY_SECRET);
            }
            IceMockServer s = new IceMockServer(this);
            try {
                s.server.start(InetAddress.getByName("127.0.0.1"), port);
            } catch (IOException e) {
                throw new UncheckedIOException("IceMockServer could not listen on 127.0.0.1:" + port, e);
            }
            return s;
        }
    }
}
