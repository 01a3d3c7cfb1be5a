package io.github.imssdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.auth.Credentials;
import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.UnresolvedEndpointException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.internal.AcsV3Signer;
import io.github.imssdk.core.internal.CallWatchdog;
import io.github.imssdk.core.internal.ErrorParser;
import io.github.imssdk.core.internal.InvalidHeaderValueException;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.Redactor;
import io.github.imssdk.core.internal.RequestUrls;
import io.github.imssdk.core.internal.RpcV1Signer;
import io.github.imssdk.core.internal.SdkInfo;
import io.github.imssdk.core.internal.SignedRequest;
import io.github.imssdk.core.internal.WatchedAttempt;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A client for any Alibaba Cloud RPC-style API: signs each attempt (V3 by default, or V1),
 * sends it over OkHttp, retries what is safe to retry, and returns the JSON answer or throws a
 * typed exception. Thread-safe; share one instance and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (RpcClient rpc = RpcClient.builder().product("ice").region("cn-shanghai").build()) {
 *     RpcResponse r = rpc.call(RpcRequest.builder()
 *         .action("GetLiveTranscodeJob").version("2020-11-09")
 *         .queryParam("JobId", jobId).idempotent(true).build());
 *     String name = r.json().path("Job").path("Name").asText();
 * }
 * }</pre>
 *
 * <p>Defaults: HTTPS endpoint {@code {product}.{region}.aliyuncs.com}; region from
 * {@link Builder#region} or {@code ALIBABA_CLOUD_REGION_ID}; credentials from
 * {@link CredentialsProvider#defaultChain()}; {@link SignatureVersion#V3}; {@link RetryPolicy#defaultPolicy()};
 * connect timeout 5 s, read and write timeouts 10 s, whole-call timeout (all attempts and waits)
 * 30 s; at most 64 concurrent asynchronous calls; idle connections kept: 16 for 5 minutes.
 * Redirects are not followed. A POST without parameters sends {@code Content-Length: 0}.
 */
public final class RpcClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RpcClient.class);
    private static final MediaType FORM = MediaType.get(SignedRequest.FORM_CONTENT_TYPE);
    /** The body of a POST whose parameters all travel in the query; immutable, so shared by every call. */
    private static final RequestBody EMPTY_BODY = RequestBody.create(new byte[0], null);
    
    private final String product;
    private final HttpUrl endpoint;
    /** The region id the endpoint was built from; {@code null} with an endpoint override. */
    private final String region;
    private final List<String> documentedRegions;
    private final RequestUrls urls;
    private final String hostHeader;
    private final CredentialsProvider credentialsProvider;
    private final SignatureVersion signatureVersion;
    private final RetryPolicy retryPolicy;
    private final long callTimeoutMillis;
    /** Enforced by the watchdog (0 with a caller's OkHttp client, whose own timeouts apply). */
    private final long readTimeoutNanos;
    private final long writeTimeoutNanos;
    private final Clock clock;
    private final Supplier<String> nonces;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final String userAgent;
    private final Headers baseHeaders;
    private final Object schedulerLock = new Object();
    private final CallWatchdog watchdog;
    private volatile long clockOffsetMillis;
    private ScheduledExecutorService scheduler;

    RpcClient(ClientBuilder<?> b, String product, HttpUrl endpoint) {
        this.product = product;
        this.endpoint = endpoint;
        this.region = b.endpointOverride == null ? endpoint.host().substring(product.length() + 1,
                endpoint.host().length() - ".aliyuncs.com".length()) : null;
        this.documentedRegions = b.documentedRegions;
        this.urls = RequestUrls.of(endpoint);
        this.hostHeader = hostHeader(endpoint);
        this.credentialsProvider = b.credentialsProvider != null ? b.credentialsProvider : CredentialsProvider.defaultChain();
        this.signatureVersion = b.signatureVersion;
        this.retryPolicy = b.retryPolicy;
        this.callTimeoutMillis = b.callTimeout.toMillis();
        this.clock = b.clock;
        this.nonces = b.nonceSupplier;
        this.userAgent = b.userAgentSuffix == null ? SdkInfo.userAgent() : SdkInfo.userAgent() + " " + b.userAgentSuffix;
        OkHttpClient.Builder hb;
        if (b.httpClient != null) {
            // The caller's client keeps its pool, dispatcher and timeouts; we only add what
            // safety requires: no silent OkHttp retries (they could submit a job twice), no
            // redirects, and the marker that tells whether a request reached the wire.
            hb = b.httpClient.newBuilder();
            ownsHttp = false;
        } else {
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequests(b.maxConcurrentRequests);
            dispatcher.setMaxRequestsPerHost(b.maxConcurrentRequests);
            // Read and write timeouts are not given to OkHttp: its per-read and per-write timers
            // wake okio's watchdog thread for most socket reads and writes. The client's own
            // watchdog enforces them instead, from each attempt's events (see WatchedAttempt).
            hb = new OkHttpClient.Builder()
                    .dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool(b.maxIdleConnections, 5, TimeUnit.MINUTES))
                    .connectTimeout(b.connectTimeout)
                    .readTimeout(Duration.ZERO)
                    .writeTimeout(Duration.ZERO);
            ownsHttp = true;
        }
        this.readTimeoutNanos = ownsHttp ? b.readTimeout.toNanos() : 0;
        this.writeTimeoutNanos = ownsHttp ? b.writeTimeout.toNanos() : 0;
        long shortest = ownsHttp ? Math.min(callTimeoutMillis, Math.min(b.readTimeout.toMillis(), b.writeTimeout.toMillis()))
                : callTimeoutMillis;
        this.watchdog = new CallWatchdog("ims-sdk-deadlines-" + product, CallWatchdog.tickFor(shortest));
        hb.retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false);
        if (ownsHttp) {
            // Each attempt's tag is also its event listener: OkHttp reports to it when it starts
            // writing the request, and when it waits on the network (for the read and write
            // timeouts), at no cost to calls (no extra interceptor in the chain).
            hb.eventListenerFactory(call -> {
                WatchedAttempt tag = call.request().tag(WatchedAttempt.class);
                return tag != null ? tag : EventListener.NONE;
            });
        } else {
            // The caller's client may have its own event listeners; leave them and mark the
            // request as sent from a network interceptor instead.
            hb.addNetworkInterceptor(chain -> {
                WatchedAttempt tag = chain.request().tag(WatchedAttempt.class);
                if (tag != null) {
                    tag.markSent();
                }
                return chain.proceed(chain.request());
            });
        }
        this.http = hb.build();
        this.baseHeaders = new Headers.Builder().add("User-Agent", userAgent).add("Accept", "application/json").build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the endpoint requests go to, e.g. {@code https://ice.cn-shanghai.aliyuncs.com/} */
    public URI endpoint() {
        return endpoint.uri();
    }

    /** @return the product code used in endpoints and error messages, e.g. {@code ice} */
    public String product() {
        return product;
    }

    /**
     * Sends the request, retrying what {@link RetryPolicy} allows, and returns the answer.
     *
     * @param request the call
     * @return the successful answer
     * @throws ImsServiceException when the service answers with an error
     * @throws ImsClientException when no usable answer came back (I/O, timeout, unreadable body, no credentials)
     */
    public RpcResponse call(RpcRequest request) {
        Exchange ex = new Exchange(request);
        while (true) {
            Attempt a = prepare(ex);
            Call call = http.newCall(a.request);
            watchdog.watch(call, a.tag);
            Outcome o;
            try (Response response = call.execute()) {
                o = onResponse(ex, a, response);
            } catch (IOException e) {
                o = onFailure(ex, a, e);
            } finally {
                watchdog.unwatch(call);
            }
            if (o.response != null) {
                return o.response;
            }
            if (o.retryDelayMillis < 0) {
                throw o.error;
            }
            try {
                Thread.sleep(o.retryDelayMillis);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new ImsClientException(request.action() + " was interrupted while waiting to retry",
                        o.error).withAttempts(ex.attempt);
            }
        }
    }

    /**
     * Sends the request asynchronously through the same pipeline as {@link #call}. No thread
     * is blocked while waiting for the answer or between retries. Cancelling the future cancels
     * the HTTP call in flight and any pending retry.
     *
     * @param request the call
     * @return a future completed with the answer, or exceptionally with an {@link ImsException}
     */
    public CompletableFuture<RpcResponse> callAsync(RpcRequest request) {
        AsyncExchange ax = new AsyncExchange(request);
        ax.future.whenComplete((r, t) -> {
            if (ax.future.isCancelled()) {
                ax.cancel();
            }
        });
        startAttempt(ax);
        return ax.future;
    }

    private void startAttempt(AsyncExchange ax) {
        if (ax.future.isDone()) {
            return;
        }
        final Attempt a;
        try {
            a = prepare(ax);
        } catch (ImsException e) {
            ax.future.completeExceptionally(e);
            return;
        } catch (RuntimeException e) {
            ax.future.completeExceptionally(new ImsClientException(request(ax) + " failed before sending: "
                    + e.getClass().getSimpleName(), e).withAttempts(ax.attempt - 1));
            return;
        }
        Call call = http.newCall(a.request);
        ax.current = call;
        if (ax.future.isCancelled()) {
            call.cancel();
            return;
        }
        watchdog.watch(call, a.tag);
        call.enqueue(new Callback() {
            @Override
            public void onResponse(Call c, Response response) {
                watchdog.unwatch(c);
                Outcome o;
                try (Response r = response) {
                    o = RpcClient.this.onResponse(ax, a, r);
                } catch (IOException e) {
                    o = RpcClient.this.onFailure(ax, a, e);
                } catch (RuntimeException e) {
                    o = Outcome.fail(new ImsClientException(request(ax) + " failed: " + e.getClass().getSimpleName(), e)
                            .withAttempts(ax.attempt));
                }
                finish(ax, o);
            }

            @Override
            public void onFailure(Call c, IOException e) {
                watchdog.unwatch(c);
                finish(ax, RpcClient.this.onFailure(ax, a, e));
            }
        });
    }

    private void finish(AsyncExchange ax, Outcome o) {
        if (o.response != null) {
            ax.future.complete(o.response);
        } else if (o.retryDelayMillis < 0 || ax.future.isDone()) {
            ax.future.completeExceptionally(o.error);
        } else {
            try {
                ax.pendingRetry = scheduler().schedule(() -> startAttempt(ax), o.retryDelayMillis, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                ax.future.completeExceptionally(o.error);
            }
        }
    }

    private static String request(Exchange ex) {
        return ex.request.action();
    }

    private Attempt prepare(Exchange ex) {
        if (ex.attempt > 0 && ex.remainingMillis() <= 0) {
            throw wholeCallTimeout(ex, null);
        }
        ex.attempt++;
        RpcRequest r = ex.request;
        Credentials credentials;
        try {
            credentials = credentialsProvider.resolveCredentials();
        } catch (ImsException e) {
            throw e.withAttempts(ex.attempt - 1);
        }
        if (credentials == null) {
            throw new ImsClientException("the credentials provider " + credentialsProvider + " returned null")
                    .withAttempts(ex.attempt - 1);
        }
        String method = r.method().name();
        String nonce = nonces.get();
        SignedRequest signed;
        try {
            signed = signatureVersion == SignatureVersion.V1
                    ? RpcV1Signer.sign(method, r.action(), r.version(), r.queryParams(), r.formParams(), credentials,
                    now(), nonce)
                    : AcsV3Signer.sign(method, hostHeader, r.action(), r.version(), r.queryParams(), r.formParams(),
                    credentials, now(), nonce);
        } catch (InvalidHeaderValueException e) {
            // Names the source, header and character, never the value (it may be a security token).
            throw new ImsClientException(r.action() + " was not sent: " + e.getMessage(), e).withAttempts(ex.attempt - 1);
        }
        String query = signed.encodedQuery();
        HttpUrl url = query.isEmpty() ? endpoint : urls.withQuery(query, signed.decodedQuery());
        // addHeader, not header: the names are distinct, and header() scans for duplicates each time.
        // The fixed headers were checked once when the client was built; only the signed ones
        // are added per attempt (their values already checked by the signer).
        Request.Builder rb = new Request.Builder().url(url).headers(baseHeaders);
        for (int i = 0, n = signed.headerCount(); i < n; i++) {
            rb.addHeader(signed.headerName(i), signed.headerValue(i));
        }
        if (r.method() == HttpMethod.GET) {
            rb.get();
        } else {
            byte[] body = signed.body();
            // A byte-array body has a known length, so OkHttp sends Content-Length (0 when
            // empty) and never an empty chunked body.
            rb.post(body.length == 0 ? EMPTY_BODY : RequestBody.create(body, FORM));
        }
        WatchedAttempt tag = new WatchedAttempt(ex.deadlineNanos, readTimeoutNanos, writeTimeoutNanos);
        rb.tag(WatchedAttempt.class, tag);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} attempt {} request: {} {} query={} form={} headers={}", product, r.action(), ex.attempt,
                    method, endpoint, Redactor.params(signed.query()), Redactor.params(r.formParams()),
                    Redactor.params(signed.headers()));
        }
        return new Attempt(rb.build(), tag, System.nanoTime());
    }

    private java.time.Instant now() {
        long offset = clockOffsetMillis;
        return offset == 0 ? clock.instant() : clock.instant().plusMillis(offset);
    }

    /** @return the correction applied to the local clock after the service said it was off, in ms */
    public long clockOffsetMillis() {
        return clockOffsetMillis;
    }

    private Outcome onResponse(Exchange ex, Attempt a, Response response) throws IOException {
        byte[] body = readBody(response.body(), a.tag);
        int status = response.code();
        long ms = a.elapsedMillis();
        String action = ex.request.action();
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} attempt {} response: HTTP {} body={}", product, action, ex.attempt, status,
                    Redactor.text(new String(body, StandardCharsets.UTF_8)));
        }
        Headers headers = response.headers();
        if (status >= 200 && status < 300) {
            JsonNode json = parseJson(body);
            if (json == null || !json.isObject()) {
                LOG.debug("{} {} attempt {}: HTTP {} with an unreadable body, {} ms", product, action, ex.attempt, status, ms);
                ImsClientException e = new ImsClientException(action + " answered HTTP " + status
                        + " but the body is not a JSON object: "
                        + ErrorParser.describe(status, headers.get("Content-Type"), new String(body, StandardCharsets.UTF_8)));
                return decide(ex, e, ex.request.idempotent(), null);
            }
            if (isErrorEnvelope(json)) {
                ImsServiceException e = ErrorParser.parse(product, status, headers.get("Content-Type"), body,
                        headers.get("x-acs-request-id"), headers.get("x-acs-retry-after"));
                return decideServiceError(ex, e, status, headers);
            }
            RpcResponse ok = new RpcResponse(status, headers, json, ex.attempt);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} attempt {}: HTTP {}, RequestId {}, {} ms", product, action, ex.attempt, status,
                        ok.requestId(), ms);
            }
            return Outcome.ok(ok);
        }
        ImsServiceException e = ErrorParser.parse(product, status, headers.get("Content-Type"), body,
                headers.get("x-acs-request-id"), headers.get("x-acs-retry-after"));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} attempt {}: HTTP {}, Code {}, RequestId {}, {} ms", product, action, ex.attempt, status,
                    e.errorCode(), e.requestId(), ms);
        }
        return decideServiceError(ex, e, status, headers);
    }

    private Outcome decideServiceError(Exchange ex, ImsServiceException e, int status, Headers headers) {
        if ("InvalidTimeStamp.Expired".equals(e.errorCode()) && !ex.skewCorrected) {
            Date serverDate = headers.getDate("Date");
            if (serverDate != null) {
                // The service judged our clock wrong: adopt its time and try once more at once.
                long offset = serverDate.getTime() - clock.millis();
                clockOffsetMillis = offset;
                ex.skewCorrected = true;
                LOG.warn("{} {}: the service rejected the request time; the local clock is off by {} ms. "
                        + "Correcting and retrying once.", product, ex.request.action(), offset);
                e.withAttempts(ex.attempt);
                return Outcome.retry(e, 0);
            }
        }
        boolean rejectedUnprocessed = e.isThrottling() || status == 503 || "ServiceUnavailable".equals(e.errorCode());
        boolean maybeProcessed = status == 500 || status == 502 || status == 504 || "InternalError".equals(e.errorCode());
        boolean retryable = rejectedUnprocessed || (maybeProcessed && ex.request.idempotent());
        return decide(ex, e, retryable, retryAfterMillis(e.retryAfter()));
    }

    /**
     * A 2xx whose body is only the error envelope ({@code Code} and {@code Message}, with at most
     * RequestId, HostId, Recommend and AccessDeniedDetail besides) is an error in disguise.
     */
    private static boolean isErrorEnvelope(JsonNode json) {
        if (!json.has("Code") || !json.has("Message")) {
            return false;
        }
        for (java.util.Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            switch (it.next()) {
                case "Code": case "Message": case "RequestId": case "HostId": case "Recommend": case "AccessDeniedDetail":
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    /** Reads the whole answer, restarting the read timeout whenever bytes arrive. */
    private static byte[] readBody(ResponseBody rb, WatchedAttempt tag) throws IOException {
        okio.BufferedSource source = rb.source();
        okio.Buffer buffer = new okio.Buffer();
        while (source.read(buffer, 65536) != -1) {
            tag.progress();
        }
        return buffer.readByteArray();
    }

    private Outcome onFailure(Exchange ex, Attempt a, IOException ioe) {
        String action = ex.request.action();
        // When the watchdog cancelled the attempt for a read or write timeout, say so.
        IOException e = a.tag.explain(ioe);
        boolean timeout = e instanceof InterruptedIOException;
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Redactor.text(e.getMessage()));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} attempt {}: {} ({} the request was sent), {} ms", product, action, ex.attempt, what,
                    a.tag.sent() ? "after" : "before", a.elapsedMillis());
        }
        if (ex.isCancelled()) {
            return Outcome.fail(new ImsClientException(action + " was cancelled", e).withAttempts(ex.attempt));
        }
        if (ex.remainingMillis() <= 0) {
            return Outcome.fail(wholeCallTimeout(ex, e));
        }
        String sent = a.tag.sent() ? "; the request may have reached the service" : "";
        ImsClientException err = e instanceof java.net.UnknownHostException ? unresolved(action, what, e)
                : new ImsClientException("Unable to complete " + action + " with " + endpoint.host() + ": " + what + sent,
                        e, timeout);
        // A certificate or handshake failure will fail the same way again.
        boolean tls = e instanceof javax.net.ssl.SSLHandshakeException || e instanceof javax.net.ssl.SSLPeerUnverifiedException;
        boolean retryable = !tls && (!a.tag.sent() || ex.request.idempotent());
        return decide(ex, err, retryable, null);
    }

    /** A host name that does not resolve: nothing was sent; when it came from a region id, say which may be wrong. */
    private ImsClientException unresolved(String action, String what, IOException e) {
        StringBuilder m = new StringBuilder("Unable to complete ").append(action).append(": ").append(what)
                .append("; the host name ").append(endpoint.host()).append(" does not resolve");
        if (region == null) {
            m.append(" (check the endpoint override and this machine's DNS)");
        } else if (documentedRegions.isEmpty() || !documentedRegions.contains(region)) {
            m.append(". It was built from the region id '").append(region).append("', which may be wrong");
            if (!documentedRegions.isEmpty()) {
                m.append(": ").append(product).append(" is documented in ").append(String.join(", ", documentedRegions));
            }
            m.append(" (or give an endpointOverride)");
        } else {
            m.append(", although '").append(region).append("' is a documented region of ").append(product)
                    .append(": check this machine's DNS and network");
        }
        return new UnresolvedEndpointException(m.toString(), e, endpoint.host(), region, documentedRegions);
    }

    private Outcome decide(Exchange ex, ImsException error, boolean retryable, Long retryAfterMillis) {
        error.withAttempts(ex.attempt);
        int allowed = retryPolicy.maxAttempts() + (ex.skewCorrected ? 1 : 0);
        if (!retryable || ex.attempt >= allowed) {
            return Outcome.fail(error);
        }
        long delay = retryAfterMillis != null ? retryAfterMillis : retryPolicy.backoffMillis(ex.attempt);
        if (delay >= ex.remainingMillis()) {
            LOG.debug("{} {}: not retrying, a {} ms wait would pass the whole-call timeout", product,
                    ex.request.action(), delay);
            return Outcome.fail(error);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {}: retrying in {} ms (attempt {} of {})", product, ex.request.action(), delay,
                    ex.attempt + 1, retryPolicy.maxAttempts());
        }
        return Outcome.retry(error, delay);
    }

    private ImsClientException wholeCallTimeout(Exchange ex, Throwable cause) {
        return (ImsClientException) new ImsClientException(ex.request.action() + " did not complete within the "
                + "whole-call timeout of " + callTimeoutMillis + " ms (" + ex.attempt + " attempt"
                + (ex.attempt == 1 ? "" : "s") + ")", cause, true).withAttempts(ex.attempt);
    }

    private static Long retryAfterMillis(String header) {
        if (header == null) {
            return null;
        }
        try {
            long v = Long.parseLong(header.trim());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static JsonNode parseJson(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return Json.parse(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    private ScheduledExecutorService scheduler() {
        synchronized (schedulerLock) {
            if (scheduler == null) {
                scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "ims-sdk-retry-" + product);
                    t.setDaemon(true);
                    return t;
                });
            }
            return scheduler;
        }
    }

    /**
     * Releases the threads and connections this client created. A client built around the
     * caller's own {@link OkHttpClient} leaves that client's resources alone.
     */
    @Override
    public void close() {
        watchdog.close();
        synchronized (schedulerLock) {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "RpcClient(" + product + ", " + endpoint + ", " + signatureVersion + ", " + retryPolicy + ")";
    }

    private static final class Attempt {
        final Request request;
        final WatchedAttempt tag;
        final long startNanos;

        Attempt(Request request, WatchedAttempt tag, long startNanos) {
            this.request = request;
            this.tag = tag;
            this.startNanos = startNanos;
        }

        long elapsedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        }
    }

    private class Exchange {
        final RpcRequest request;
        final long deadlineNanos;
        int attempt;
        boolean skewCorrected;

        Exchange(RpcRequest request) {
            this.request = Objects.requireNonNull(request, "request");
            this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(callTimeoutMillis);
        }

        long remainingMillis() {
            return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        }

        boolean isCancelled() {
            return false;
        }
    }

    private final class AsyncExchange extends Exchange {
        final CompletableFuture<RpcResponse> future = new CompletableFuture<>();
        volatile Call current;
        volatile ScheduledFuture<?> pendingRetry;

        AsyncExchange(RpcRequest request) {
            super(request);
        }

        @Override
        boolean isCancelled() {
            return future.isCancelled();
        }

        void cancel() {
            ScheduledFuture<?> p = pendingRetry;
            if (p != null) {
                p.cancel(false);
            }
            Call c = current;
            if (c != null) {
                c.cancel();
            }
        }
    }

    private static final class Outcome {
        final RpcResponse response;
        final ImsException error;
        final long retryDelayMillis;

        private Outcome(RpcResponse response, ImsException error, long retryDelayMillis) {
            this.response = response;
            this.error = error;
            this.retryDelayMillis = retryDelayMillis;
        }

        static Outcome ok(RpcResponse r) {
            return new Outcome(r, null, -1);
        }

        static Outcome fail(ImsException e) {
            return new Outcome(null, e, -1);
        }

        static Outcome retry(ImsException e, long delay) {
            return new Outcome(null, e, delay);
        }
    }

    /**
     * Builds an {@link RpcClient}. {@link #product} is required, and either a region (here or in
     * {@code ALIBABA_CLOUD_REGION_ID}) or an {@link #endpointOverride}. The transport settings
     * and their defaults are those of {@link ClientBuilder}.
     */
    public static final class Builder extends ClientBuilder<Builder> {
        private String product;

        private Builder() {
        }

        /**
         * @param product the product code, e.g. {@code ice}; the endpoint's first label
         * @return this builder
         */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /**
         * @return the client
         * @throws ImsClientException when no product, no region and no endpoint, or a malformed endpoint
         */
        public RpcClient build() {
            return newRpcClient(product);
        }
    }
}
