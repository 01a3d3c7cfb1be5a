package io.github.imssdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.auth.Credentials;
import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ResponseTooLargeException;
import io.github.imssdk.core.exception.UnresolvedEndpointException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.internal.AcsV3Signer;
import io.github.imssdk.core.internal.ErrorParser;
import io.github.imssdk.core.internal.InterruptibleSockets;
import io.github.imssdk.core.internal.InvalidHeaderValueException;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.ProxySettings;
import io.github.imssdk.core.internal.Redactor;
import io.github.imssdk.core.internal.RpcV1Signer;
import io.github.imssdk.core.internal.SdkInfo;
import io.github.imssdk.core.internal.SignedRequest;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
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
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A client for any Alibaba Cloud RPC-style API: signs each attempt (V3 by default, or V1),
 * sends it over OkHttp, retries what is safe to retry, and returns the JSON answer (its text, for
 * the JSON library of your choice) or throws a typed exception. Thread-safe; share one instance and {@link #close()} it when done.
 *
 * <pre>{@code
 * try (RpcClient rpc = RpcClient.builder().product("ice").region("cn-shanghai").build()) {
 *     RpcResponse r = rpc.call(RpcRequest.builder()
 *         .action("GetLiveTranscodeJob").version("2020-11-09")
 *         .queryParam("JobId", jobId).idempotent(true).build());
 *     String json = r.body();  // {"RequestId": "...", "Job": {...}}
 * }
 * }</pre>
 *
 * <p>Defaults: HTTPS endpoint {@code {product}.{region}.aliyuncs.com}; region from
 * {@link Builder#region} or {@code ALIBABA_CLOUD_REGION_ID}; credentials from
 * {@link CredentialsProvider#defaultChain()}; {@link SignatureVersion#V3}; {@link RetryPolicy#defaultPolicy()};
 * connect timeout 5 s, read and write timeouts 10 s, whole-call timeout (all attempts and waits)
 * 30 s; at most 64 asynchronous calls in flight; idle connections kept: 16 for 10 s; answers read up to 4 MiB.
 * Redirects are not followed. A POST without parameters sends {@code Content-Length: 0}.
 */
public final class RpcClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RpcClient.class);
    private static final MediaType FORM = MediaType.get(SignedRequest.FORM_CONTENT_TYPE);
    /** The body of a POST whose parameters all travel in the query; immutable, so shared by every call. */
    private static final RequestBody EMPTY_BODY = RequestBody.create(new byte[0], null);
    /**
     * A pooled connection idle for this long is checked for a close by the server before a
     * request is written to it (a read of at most 1 ms); busier connections are not.
     */
    private static final long STALE_CHECK_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    
    private final String product;
    private final HttpUrl endpoint;
    /** The region id the endpoint was built from; {@code null} with an endpoint override. */
    private final String region;
    private final List<String> documentedRegions;
    private final String hostHeader;
    /** {@code null} when {@link #anonymous}. */
    private final CredentialsProvider credentialsProvider;
    /** Requests are sent without credentials or signature (see {@link Builder#anonymous()}). */
    private final boolean anonymous;
    /** Whether the client made its credentials provider (the default chain) and so closes it. */
    private final boolean ownsCredentials;
    private final SignatureVersion signatureVersion;
    private final RetryPolicy retryPolicy;
    private final long callTimeoutMillis;
    private final long readTimeoutMillis;
    private final long writeTimeoutMillis;
    private final long maxResponseBytes;
    private final Clock clock;
    private final Supplier<String> nonces;
    private final OkHttpClient http;
    private final boolean ownsHttp;
    private final String userAgent;
    private final Headers baseHeaders;
    private final Object schedulerLock = new Object();
    /** Every call not yet completed, so that {@link #close()} can end them. */
    private final Set<Exchange> live = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** When each pooled connection was last released, to check the long-idle ones before reuse. */
    private final Map<Connection, Long> idleSince = Collections.synchronizedMap(new WeakHashMap<>());
    private volatile long clockOffsetMillis;
    private ScheduledExecutorService scheduler;
    private ExecutorService credentialsExecutor;
    /** Static credentials cannot block: attempts resolve them on the calling thread. */
    private final boolean inlineCredentials;
    /** Run in this order at every hook; empty for most clients, which then skip every hook. */
    private final RpcInterceptor[] interceptors;
    /** This client's retry tokens (see {@link RetryBudget}). */
    private final RetryBudget.Bucket retryBudget;
    /** The send rate after throttling answers; {@code null} unless the policy asks for it. */
    private final AdaptiveRateLimiter rateLimiter;

    RpcClient(ClientBuilder<?> b, String product, HttpUrl endpoint, String region) {
        this.product = product;
        this.endpoint = endpoint;
        this.region = region;
        this.documentedRegions = b.documentedRegions;
        this.hostHeader = hostHeader(endpoint);
        this.anonymous = b.anonymous;
        this.credentialsProvider = anonymous ? null
                : b.credentialsProvider != null ? b.credentialsProvider : CredentialsProvider.defaultChain();
        this.ownsCredentials = !anonymous && b.credentialsProvider == null;
        this.inlineCredentials = anonymous || credentialsProvider instanceof StaticCredentialsProvider;
        this.signatureVersion = b.signatureVersion;
        this.interceptors = b.interceptors.toArray(new RpcInterceptor[0]);
        this.retryPolicy = b.retryPolicy;
        this.retryBudget = b.retryPolicy.budget().newBucket();
        this.rateLimiter = b.retryPolicy.adaptiveRateLimit() ? new AdaptiveRateLimiter(System::nanoTime) : null;
        this.callTimeoutMillis = b.callTimeout.toMillis();
        this.maxResponseBytes = b.maxResponseBytes;
        this.clock = b.clock;
        this.nonces = b.nonceSupplier;
        this.userAgent = b.userAgentSuffix == null ? SdkInfo.userAgent() : SdkInfo.userAgent() + " " + b.userAgentSuffix;
        OkHttpClient.Builder hb;
        if (b.httpClient != null) {
            // The caller's client keeps its pool, dispatcher, timeouts and event listeners; we
            // only take away what safety requires (below).
            hb = b.httpClient.newBuilder();
            ownsHttp = false;
        } else {
            // OkHttp's own dispatcher threads are not daemons: a program that forgets close()
            // would then wait a minute at exit for them to time out. Ours are.
            Dispatcher dispatcher = new Dispatcher(new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                    new java.util.concurrent.SynchronousQueue<>(), daemon("ims-sdk-http-" + product)));
            dispatcher.setMaxRequests(b.maxConcurrentRequests);
            dispatcher.setMaxRequestsPerHost(b.maxConcurrentRequests);
            hb = new OkHttpClient.Builder()
                    .dispatcher(dispatcher)
                    .connectionPool(new ConnectionPool(b.maxIdleConnections, b.idleConnectionTimeout.toMillis(),
                            TimeUnit.MILLISECONDS))
                    .connectTimeout(b.connectTimeout)
                    .readTimeout(b.readTimeout)
                    .writeTimeout(b.writeTimeout)
                    // interruptible sockets: a synchronous call runs on its caller's thread, and
                    // interrupting that thread ends the call at once
                    .socketFactory(InterruptibleSockets.INSTANCE);
            ownsHttp = true;
        }
        // The proxy: the builder's; else the JVM's properties (OkHttp's default selector); else the
        // environment's, also for a caller's client that has no proxy of its own.
        ProxySettings proxy = b.proxy != null ? b.proxy : ProxySettings.fromEnvironment(b.settings);
        if (proxy != null && (ownsHttp || proxy.explicit()
                || (b.httpClient.proxy() == null && b.httpClient.proxySelector() == java.net.ProxySelector.getDefault()))) {
            proxy.applyTo(hb);
        }
        // No silent OkHttp retries (they could submit a job twice) and no redirects. Whether an
        // attempt started writing its request comes from an event listener added to the
        // caller's own (EventListener.plus), never replacing it.
        EventListener.Factory theirs = hb.build().eventListenerFactory();
        hb.retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false)
                .eventListenerFactory(call -> {
                    EventListener base = theirs.create(call);
                    Attempt a = call.request().tag(Attempt.class);
                    return a == null ? base : base.plus(a.events);
                });
        this.http = hb.build();
        this.readTimeoutMillis = http.readTimeoutMillis();
        this.writeTimeoutMillis = http.writeTimeoutMillis();
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
     * Interrupting the calling thread ends the call at once: its socket is closed (the SDK's
     * sockets are interruptible; with a caller's own OkHttp client the thread waits on the
     * asynchronous pipeline instead), an {@link ImsClientException} is thrown and the thread's
     * interrupt flag stays set.
     *
     * @param request the call
     * @return the successful answer
     * @throws ImsServiceException when the service answers with an error
     * @throws ImsClientException when no usable answer came back (I/O, timeout, unreadable body,
     *     no credentials, interrupted, client closed)
     */
    public RpcResponse call(RpcRequest request) {
        if (ownsHttp) {
            if (interceptors.length == 0) {
                return callOnThisThread(request, null);
            }
            CallContext ctx = new CallContext(product, region, request);
            RpcResponse r;
            try {
                beforeCall(ctx);
                r = callOnThisThread(request, ctx);
            } catch (ImsException e) {
                throw callFailed(ctx, e);
            }
            return callSucceeded(ctx, r);
        }
        // A caller's OkHttp client has sockets an interrupt does not reach: wait on the
        // asynchronous pipeline instead, which an interrupt does end.
        CompletableFuture<RpcResponse> f = callAsync(request);
        try {
            // The call ends itself by its whole-call timeout; the bound here is a last resort.
            return f.get(callTimeoutMillis + LAST_RESORT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            throw new ImsClientException(request.action() + " did not complete within the whole-call timeout of "
                    + callTimeoutMillis + " ms", e, true);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw interrupted(request, e, true);
        } catch (ExecutionException e) {
            throw thrownHere(e, request.action() + " failed");
        }
    }

    /**
     * The failure of work another thread did for this one, to throw on this thread: an
     * {@link ImsException} as it is, its stack trace refilled so that it shows the caller (what
     * happened on the other thread stays in its causes); anything else wrapped.
     */
    private static ImsException thrownHere(ExecutionException e, String what) {
        Throwable cause = e.getCause();
        if (cause instanceof ImsException) {
            cause.fillInStackTrace();
            return (ImsException) cause;
        }
        return new ImsClientException(what + ": " + cause, cause);
    }

    /**
     * A synchronous call on the calling thread, over the SDK's interruptible sockets: an
     * interrupt closes the socket the thread is blocked on and the call ends with a typed error.
     */
    private RpcResponse callOnThisThread(RpcRequest request, CallContext ctx) {
        Exchange ex = new Exchange(request, ctx);
        if (closed.get()) {
            throw closedError(request);
        }
        live.add(ex);
        try {
            if (closed.get()) {
                throw closedError(request);
            }
            while (true) {
                waitForSendRate(ex);
                Attempt a = prepareOnThisThread(ex);
                Call call = http.newCall(a.request);
                call.timeout().timeout(Math.max(1, ex.remainingMillis()), TimeUnit.MILLISECONDS);
                ex.current = call;
                if (closed.get()) {
                    throw closedError(request);
                }
                Outcome o;
                try (Response response = call.execute()) {
                    o = onResponse(ex, a, response);
                } catch (IOException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        ImsClientException stop = interrupted(request, e, a.sent);
                        attemptDone(a, Outcome.fail(stop));
                        throw stop;
                    }
                    o = onFailure(ex, a, e);
                } catch (ImsException e) {
                    call.cancel(); // e.g. an answer over the size limit: the connection is not reused
                    o = Outcome.fail(e.withAttempts(ex.attempt));
                }
                o = attemptDone(a, o);
                if (o.response != null) {
                    return o.response;
                }
                if (o.retryDelayMillis < 0) {
                    throw o.error;
                }
                if (closed.get()) {
                    throw closedError(request);
                }
                try {
                    Thread.sleep(o.retryDelayMillis);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ImsClientException(request.action() + " was interrupted while waiting to retry", ie)
                            .withAttempts(ex.attempt);
                }
            }
        } finally {
            live.remove(ex);
        }
    }

    /**
     * {@link #prepare} for a call on the calling thread: static credentials inline, any other
     * provider on the credentials threads, waited for at most until the whole-call timeout and
     * interruptibly.
     */
    private Attempt prepareOnThisThread(Exchange ex) {
        if (inlineCredentials) {
            return prepare(ex);
        }
        java.util.concurrent.Future<Attempt> f;
        try {
            f = credentialsExecutor().submit(() -> prepare(ex));
        } catch (RuntimeException e) {
            throw closed.get() ? closedError(ex.request) : new ImsClientException(ex.request.action() + " was not sent: "
                    + e, e);
        }
        try {
            return f.get(Math.max(1, ex.remainingMillis()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            throw wholeCallTimeout(ex, e);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImsClientException(ex.request.action() + " was interrupted while resolving credentials", e);
        } catch (ExecutionException e) {
            throw thrownHere(e, ex.request.action() + " failed before sending");
        }
    }

    private static ImsClientException interrupted(RpcRequest request, Exception e, boolean sent) {
        return new ImsClientException(request.action() + " was interrupted; the call was cancelled"
                + (sent ? " (it may have reached the service)" : ""), e);
    }

    /**
     * Sends the request asynchronously. No thread is blocked while waiting for the answer or
     * between retries. The future always completes, at the latest when the whole-call timeout
     * passes. Cancelling it cancels the HTTP call in flight and any pending retry.
     *
     * @param request the call
     * @return a future completed with the answer, or exceptionally with an {@link ImsException}
     */
    public CompletableFuture<RpcResponse> callAsync(RpcRequest request) {
        if (interceptors.length == 0) {
            return callAsync(request, null);
        }
        CallContext ctx = new CallContext(product, region, request);
        CompletableFuture<RpcResponse> out = new CompletableFuture<>();
        try {
            beforeCall(ctx);
        } catch (ImsException e) {
            out.completeExceptionally(callFailed(ctx, e));
            return out;
        }
        CompletableFuture<RpcResponse> inner = callAsync(request, ctx);
        inner.whenComplete((r, t) -> {
            if (t == null) {
                try {
                    out.complete(callSucceeded(ctx, r));
                } catch (ImsException e) {
                    out.completeExceptionally(e);
                }
                return;
            }
            Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
            ImsException e = cause instanceof ImsException ? (ImsException) cause
                    : new ImsClientException(request.action() + (cause instanceof java.util.concurrent.CancellationException
                    ? " was cancelled" : " failed: " + cause), cause);
            out.completeExceptionally(callFailed(ctx, e));
        });
        out.whenComplete((r, t) -> {
            if (out.isCancelled()) {
                inner.cancel(true);
            }
        });
        return out;
    }

    private CompletableFuture<RpcResponse> callAsync(RpcRequest request, CallContext ctx) {
        AsyncExchange ax = new AsyncExchange(request, ctx);
        if (closed.get()) {
            ax.future.completeExceptionally(closedError(request));
            return ax.future;
        }
        live.add(ax);
        ax.future.whenComplete((r, t) -> {
            live.remove(ax);
            if (ax.future.isCancelled()) {
                ax.cancel();
            }
        });
        if (closed.get()) {
            ax.future.completeExceptionally(closedError(request));
            return ax.future;
        }
        // The backstop of "the future always completes" where a phase is not bounded by
        // OkHttp's call timeout: a credentials provider that does not return ends the call just
        // after its whole-call timeout. Static credentials cannot block, and every other phase
        // (network, retry waits) is bounded by itself, so those calls need no timer task.
        if (!inlineCredentials) {
            try {
                ScheduledFuture<?> guard = scheduler().schedule(() -> {
                    if (ax.future.completeExceptionally(wholeCallTimeout(ax, null))) {
                        ax.cancel();
                    }
                }, callTimeoutMillis + GUARD_GRACE_MILLIS, TimeUnit.MILLISECONDS);
                ax.future.whenComplete((r, t) -> guard.cancel(false));
            } catch (RuntimeException e) {
                ax.future.completeExceptionally(closedError(request)); // the timer was shut down: closing
                return ax.future;
            }
        }
        startAttempt(ax);
        return ax.future;
    }

    /** After the whole-call timeout, how long the backstop waits for the call's own timeouts to end it. */
    private static final long GUARD_GRACE_MILLIS = 50;
    /** How long past its whole-call timeout a synchronous caller waits at most, should a call never end. */
    private static final long LAST_RESORT_MILLIS = 5_000;

    private ImsClientException closedError(RpcRequest request) {
        return new ImsClientException(request.action() + " was not sent: the " + product + " client is closed");
    }

    /**
     * Starts the next attempt: on this thread when the credentials are static (nothing can
     * block), else on the client's credentials threads, so that neither {@link #callAsync} nor a
     * timer thread waits for a credentials provider that fetches over the network.
     */
    private void startAttempt(AsyncExchange ax) {
        if (rateLimiter != null) {
            long wait = rateLimiter.reserveNanos();
            if (wait > 0) {
                if (TimeUnit.NANOSECONDS.toMillis(wait) >= ax.remainingMillis()) {
                    rateLimiter.cancel();
                    ax.future.completeExceptionally(rateLimited(ax, wait));
                    return;
                }
                try {
                    ax.pendingRetry = scheduler().schedule(() -> startAttemptNow(ax), wait, TimeUnit.NANOSECONDS);
                } catch (RuntimeException e) {
                    rateLimiter.cancel();
                    ax.future.completeExceptionally(closedError(ax.request));
                }
                return;
            }
        }
        startAttemptNow(ax);
    }

    /**
     * A synchronous caller's turn under the adaptive send rate: waits (interruptibly) for it, or
     * fails unsent when the wait would pass the whole-call timeout.
     */
    private void waitForSendRate(Exchange ex) {
        if (rateLimiter == null) {
            return;
        }
        long wait = rateLimiter.reserveNanos();
        if (wait <= 0) {
            return;
        }
        if (TimeUnit.NANOSECONDS.toMillis(wait) >= ex.remainingMillis()) {
            rateLimiter.cancel();
            throw rateLimited(ex, wait);
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException ie) {
            rateLimiter.cancel();
            Thread.currentThread().interrupt();
            throw new ImsClientException(ex.request.action() + " was interrupted while waiting for the client's send rate",
                    ie).withAttempts(ex.attempt);
        }
    }

    private ImsException rateLimited(Exchange ex, long waitNanos) {
        return new ImsClientException(ex.request.action() + " was not sent: after throttling answers the client's "
                + "adaptive send rate would make it wait " + TimeUnit.NANOSECONDS.toMillis(waitNanos)
                + " ms, past the whole-call timeout").withAttempts(ex.attempt);
    }

    private void startAttemptNow(AsyncExchange ax) {
        if (inlineCredentials) {
            sendAttempt(ax);
            return;
        }
        try {
            credentialsExecutor().execute(() -> sendAttempt(ax));
        } catch (RuntimeException e) {
            ax.future.completeExceptionally(closed.get() ? closedError(ax.request)
                    : new ImsClientException(request(ax) + " was not sent: " + e, e).withAttempts(ax.attempt));
        }
    }

    private void sendAttempt(AsyncExchange ax) {
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
        // OkHttp's call timeout bounds this attempt, reading the body included, by what is left
        // of the whole-call timeout.
        call.timeout().timeout(Math.max(1, ax.remainingMillis()), TimeUnit.MILLISECONDS);
        ax.current = call;
        if (ax.future.isDone()) {
            call.cancel();
            return;
        }
        try {
            call.enqueue(new Callback() {
                @Override
                public void onResponse(Call c, Response response) {
                    Outcome o;
                    try (Response r = response) {
                        o = RpcClient.this.onResponse(ax, a, r);
                    } catch (IOException e) {
                        o = RpcClient.this.onFailure(ax, a, e);
                    } catch (ImsException e) {
                        c.cancel(); // e.g. an answer over the size limit: the connection is not reused
                        o = Outcome.fail(e.withAttempts(ax.attempt));
                    } catch (RuntimeException e) {
                        o = Outcome.fail(new ImsClientException(request(ax) + " failed: " + e.getClass().getSimpleName(),
                                e).withAttempts(ax.attempt));
                    }
                    finish(ax, attemptDone(a, o));
                }

                @Override
                public void onFailure(Call c, IOException e) {
                    finish(ax, attemptDone(a, RpcClient.this.onFailure(ax, a, e)));
                }
            });
        } catch (RuntimeException e) {
            // the dispatcher's executor was shut down: the client is closing
            ax.future.completeExceptionally(closed.get() ? closedError(ax.request)
                    : new ImsClientException(request(ax) + " was not sent: " + e, e).withAttempts(ax.attempt - 1));
        }
    }

    private void finish(AsyncExchange ax, Outcome o) {
        if (o.response != null) {
            ax.future.complete(o.response);
        } else if (o.retryDelayMillis < 0 || ax.future.isDone()) {
            ax.future.completeExceptionally(o.error);
        } else if (closed.get()) {
            ax.future.completeExceptionally(closedError(ax.request));
        } else {
            try {
                ax.pendingRetry = scheduler().schedule(() -> startAttempt(ax), o.retryDelayMillis, TimeUnit.MILLISECONDS);
            } catch (RuntimeException e) {
                ax.future.completeExceptionally(o.error);
            }
        }
    }

    // ---- interceptors

    private ImsClientException hookFailed(RpcInterceptor i, String hook, String action, RuntimeException e) {
        return new ImsClientException(action + " failed: interceptor " + i.getClass().getName() + " threw in " + hook
                + ": " + e, e);
    }

    private void beforeCall(CallContext ctx) {
        for (RpcInterceptor i : interceptors) {
            try {
                i.beforeCall(ctx);
            } catch (RuntimeException e) {
                throw hookFailed(i, "beforeCall", ctx.action(), e);
            }
        }
    }

    private void beforeAttempt(Exchange ex, AttemptContext context) {
        try {
            for (RpcInterceptor i : interceptors) {
                try {
                    i.beforeAttempt(context);
                } catch (RuntimeException e) {
                    throw hookFailed(i, "beforeAttempt", ex.request.action(), e).withAttempts(ex.attempt - 1);
                }
            }
        } finally {
            context.seal();
        }
    }

    /** Runs afterAttempt; one that throws ends the call (no retry) with a typed error. */
    private Outcome attemptDone(Attempt a, Outcome o) {
        AttemptContext context = a.context;
        if (context == null) {
            return o;
        }
        context.ended(o.response, o.error, o.response == null && o.retryDelayMillis >= 0);
        ImsClientException failure = null;
        for (RpcInterceptor i : interceptors) {
            try {
                i.afterAttempt(context);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = hookFailed(i, "afterAttempt", a.exchange.request.action(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure == null) {
            return o;
        }
        if (o.error != null) {
            o.error.addSuppressed(failure);
            return Outcome.fail(o.error);
        }
        return Outcome.fail(failure.withAttempts(a.exchange.attempt));
    }

    private RpcResponse callSucceeded(CallContext ctx, RpcResponse r) {
        ctx.ended(r, null);
        ImsClientException failure = null;
        for (RpcInterceptor i : interceptors) {
            try {
                i.afterCall(ctx);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = hookFailed(i, "afterCall", ctx.action(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure.withAttempts(r.attempts());
        }
        return r;
    }

    private ImsException callFailed(CallContext ctx, ImsException error) {
        ctx.ended(null, error);
        for (RpcInterceptor i : interceptors) {
            try {
                i.afterCall(ctx);
            } catch (RuntimeException e) {
                error.addSuppressed(hookFailed(i, "afterCall", ctx.action(), e));
            }
        }
        return error;
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
        Credentials credentials = null;
        if (!anonymous) {
            try {
                credentials = credentialsProvider.resolveCredentials();
            } catch (ImsException e) {
                throw e.withAttempts(ex.attempt - 1);
            }
            if (credentials == null) {
                throw new ImsClientException("the credentials provider " + credentialsProvider + " returned null")
                        .withAttempts(ex.attempt - 1);
            }
        }
        String method = r.method().name();
        String nonce = nonces.get();
        SignedRequest signed;
        try {
            signed = anonymous
                    ? RpcV1Signer.unsigned(method, r.action(), r.version(), r.queryParams(), r.formParams(), now(), nonce)
                    : signatureVersion == SignatureVersion.V1
                    ? RpcV1Signer.sign(method, r.action(), r.version(), r.queryParams(), r.formParams(), credentials,
                    now(), nonce)
                    : AcsV3Signer.sign(method, hostHeader, r.action(), r.version(), r.queryParams(), r.formParams(),
                    credentials, now(), nonce);
        } catch (InvalidHeaderValueException e) {
            // Names the source, header and character, never the value (it may be a security token).
            throw new ImsClientException(r.action() + " was not sent: " + e.getMessage(), e).withAttempts(ex.attempt - 1);
        }
        String query = signed.encodedQuery();
        HttpUrl url = query.isEmpty() ? endpoint : endpoint.newBuilder().encodedQuery(query).build();
        // addHeader, not header: the names are distinct, and header() scans for duplicates each time.
        // The fixed headers were checked once when the client was built; only the signed ones
        // are added per attempt (their values already checked by the signer).
        Request.Builder rb = new Request.Builder().url(url).headers(baseHeaders);
        for (int i = 0, n = signed.headerCount(); i < n; i++) {
            rb.addHeader(signed.headerName(i), signed.headerValue(i));
        }
        AttemptContext context = null;
        if (ex.ctx != null) {
            context = new AttemptContext(ex.ctx, ex.attempt);
            ex.ctx.attemptStarted(ex.attempt);
            beforeAttempt(ex, context);
            List<String> added = context.addedHeaders();
            for (int i = 0; i < added.size(); i += 2) {
                rb.addHeader(added.get(i), added.get(i + 1));
            }
        }
        if (r.method() == HttpMethod.GET) {
            rb.get();
        } else {
            byte[] body = signed.body();
            // A byte-array body has a known length, so OkHttp sends Content-Length (0 when
            // empty) and never an empty chunked body.
            rb.post(body.length == 0 ? EMPTY_BODY : RequestBody.create(body, FORM));
        }
        Attempt attempt = new Attempt(ex);
        attempt.context = context;
        attempt.credentials = credentials;
        attempt.signed = signed;
        rb.tag(Attempt.class, attempt);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} attempt {} request: {} {} query={} form={} headers={}", product, r.action(), ex.attempt,
                    method, endpoint, Redactor.params(signed.query()), Redactor.params(r.formParams()),
                    Redactor.params(signed.headers()));
        }
        attempt.request = rb.build();
        return attempt;
    }

    /** @return what this attempt carries that an echo of it must never show */
    private static List<String> secretsOf(Credentials credentials, SignedRequest signed, Map<String, String> form) {
        List<String> out = new ArrayList<>(4);
        if (credentials != null) {
            // The secret never goes on the wire, so no honest peer can echo it; hidden all the same.
            out.add(credentials.accessKeySecret());
            if (credentials.securityToken() != null) {
                out.add(credentials.securityToken());
            }
        }
        for (Map.Entry<String, String> e : signed.query().entrySet()) {
            if (Redactor.isSensitive(e.getKey())) {
                out.add(e.getValue());
            }
        }
        for (Map.Entry<String, String> e : form.entrySet()) {
            if (Redactor.isSensitive(e.getKey())) { // e.g. the OIDCToken of AssumeRoleWithOIDC
                out.add(e.getValue());
            }
        }
        for (Map.Entry<String, String> e : signed.headers().entrySet()) {
            if (Redactor.isSensitive(e.getKey())) {
                out.add(e.getValue());
                String[] auth = AcsV3Signer.parseAuthorization(e.getValue());
                if (auth != null) {
                    out.add(auth[2]);
                }
            }
        }
        return out;
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
        byte[] body = readBody(ex, response);
        int status = response.code();
        long ms = a.elapsedMillis();
        String action = ex.request.action();
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} attempt {} response: HTTP {} body={}", product, action, ex.attempt, status,
                    Redactor.echo(new String(body, StandardCharsets.UTF_8), a.secrets()));
        }
        Headers headers = response.headers();
        if (status >= 200 && status < 300) {
            JsonNode json = parseJson(body);
            if (json == null || !json.isObject()) {
                LOG.debug("{} {} attempt {}: HTTP {} with an unreadable body, {} ms", product, action, ex.attempt, status, ms);
                ImsClientException e = new ImsClientException(action + " answered HTTP " + status
                        + " but the body is not a JSON object: "
                        + ErrorParser.describe(status, headers.get("Content-Type"), new String(body, StandardCharsets.UTF_8),
                        a.secrets()));
                return decide(ex, e, ex.request.idempotent(), null);
            }
            if (isErrorEnvelope(json)) {
                ImsServiceException e = ErrorParser.parse(product, status, headers.get("Content-Type"), body,
                        headers.get("x-acs-request-id"), retryAfter(headers), a.secrets());
                return decideServiceError(ex, e, status, headers);
            }
            RpcResponse ok = new RpcResponse(status, headers, body, json, ex.attempt);
            if (ex.attempt == 1) {
                retryBudget.refund();
            }
            if (rateLimiter != null) {
                rateLimiter.onAnswer(false);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{} {} attempt {}: HTTP {}, RequestId {}, {} ms", product, action, ex.attempt, status,
                        ok.requestId(), ms);
            }
            return Outcome.ok(ok);
        }
        ImsServiceException e = ErrorParser.parse(product, status, headers.get("Content-Type"), body,
                headers.get("x-acs-request-id"), retryAfter(headers), a.secrets());
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
        if (rateLimiter != null) {
            rateLimiter.onAnswer(e.isThrottling());
        }
        RetryClass c;
        try {
            c = retryPolicy.classifier().classify(e);
        } catch (RuntimeException classifierFailed) {
            e.addSuppressed(classifierFailed);
            c = RetryClass.FINAL;
        }
        // whatever a classifier says, a request that may have been processed is re-sent only when idempotent
        boolean retryable = c == RetryClass.NOT_PROCESSED || (c == RetryClass.MAYBE_PROCESSED && ex.request.idempotent());
        return decide(ex, e, retryable, retryDelay(e.retryAfter()));
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

    /**
     * Reads the whole answer, at most {@code maxResponseBytes} of it (after decompression): a
     * larger one, declared or not, ends the attempt with a typed error before the heap fills.
     */
    private byte[] readBody(Exchange ex, Response response) throws IOException {
        ResponseBody rb = response.body();
        long declared = rb.contentLength();
        if (declared > maxResponseBytes) {
            throw tooLarge(ex, response.code(), "declares " + declared + " bytes");
        }
        okio.BufferedSource source = rb.source();
        okio.Buffer buffer = new okio.Buffer();
        while (source.read(buffer, 8192) != -1) {
            if (buffer.size() > maxResponseBytes) {
                buffer.clear();
                throw tooLarge(ex, response.code(), "goes past it");
            }
        }
        return buffer.readByteArray();
    }

    private ImsClientException tooLarge(Exchange ex, int status, String what) {
        return new ResponseTooLargeException(ex.request.action() + " answered HTTP " + status + " with a body that "
                + what + ": the limit is " + maxResponseBytes + " bytes (maxResponseSize); the connection was "
                + "discarded and the answer not read", maxResponseBytes);
    }

    private Outcome onFailure(Exchange ex, Attempt a, IOException e) {
        String action = ex.request.action();
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Redactor.text(e.getMessage()));
        boolean sent = a.sent;
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} attempt {}: {} ({} the request was written), {} ms", product, action, ex.attempt,
                    Redactor.oneLine(what), sent ? "after" : "before", a.elapsedMillis());
        }
        if (ex.isCancelled()) {
            return Outcome.fail(new ImsClientException(action + " was cancelled", e).withAttempts(ex.attempt));
        }
        if (closed.get()) {
            return Outcome.fail(new ImsClientException(action + " was ended: the " + product + " client was closed"
                    + (sent ? "; the request may have reached the service" : ""), e).withAttempts(ex.attempt));
        }
        if (ex.remainingMillis() <= 0) {
            return Outcome.fail(wholeCallTimeout(ex, e));
        }
        if (a.stale) {
            // Found closed before anything was written: sending again cannot process it twice.
            return decide(ex, new ImsClientException("Unable to complete " + action + " with " + endpoint.host()
                    + ": the server had closed the pooled connection; nothing was sent", e), true, null);
        }
        boolean timeout = e instanceof InterruptedIOException;
        String mayHave = sent ? "; the request may have reached the service" : "";
        ImsClientException err;
        if (e instanceof java.net.UnknownHostException) {
            err = unresolved(action, what, e);
        } else if (timeout && a.phase == Attempt.WRITING) {
            err = new ImsClientException(action + " write timed out: the service took no more of the request for "
                    + writeTimeoutMillis + " ms (writeTimeout)" + mayHave, e, true);
        } else if (timeout && a.phase == Attempt.READING) {
            err = new ImsClientException(action + " read timed out: the service sent nothing for " + readTimeoutMillis
                    + " ms (readTimeout)" + mayHave, e, true);
        } else {
            err = new ImsClientException("Unable to complete " + action + " with " + endpoint.host() + ": " + what
                    + mayHave, e, timeout);
        }
        // A certificate or handshake failure will fail the same way again.
        boolean tls = e instanceof javax.net.ssl.SSLHandshakeException || e instanceof javax.net.ssl.SSLPeerUnverifiedException;
        // Not one byte of the request was written: sending it again cannot process it twice.
        boolean retryable = !tls && (!sent || ex.request.idempotent());
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
        if (!retryBudget.tryTake()) {
            LOG.debug("{} {}: not retrying, the client's retry budget is spent ({})", product, ex.request.action(),
                    retryPolicy.budget());
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

    /**
     * @return the service's retry hint in milliseconds: {@code x-acs-retry-after} (ms) or the
     *     standard {@code Retry-After} (seconds, or an HTTP date), as text; {@code null} without one
     */
    private String retryAfter(Headers headers) {
        String acs = headers.get("x-acs-retry-after");
        if (acs != null && parseMillis(acs) != null) {
            return acs.trim();
        }
        String std = headers.get("Retry-After");
        if (std == null) {
            return null;
        }
        Long seconds = parseMillis(std);
        if (seconds != null) {
            return Long.toString(Math.min(seconds, Long.MAX_VALUE / 1000) * 1000);
        }
        Date when = headers.getDate("Retry-After");
        return when == null ? null : Long.toString(Math.max(0, when.getTime() - now().toEpochMilli()));
    }

    /**
     * A hint from the service, kept between the retry policy's base delay (so that 0 does not
     * turn backoff off) and its maximum delay (so that a huge one does not stall the caller).
     */
    private Long retryDelay(String hintMillis) {
        Long hint = hintMillis == null ? null : parseMillis(hintMillis);
        if (hint == null) {
            return null;
        }
        return Math.max(retryPolicy.baseDelay().toMillis(), Math.min(hint, retryPolicy.maxDelay().toMillis()));
    }

    private static Long parseMillis(String value) {
        String v = value.trim();
        if (v.isEmpty() || v.length() > 18) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(v);
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

    /** One timer thread per client: retry delays and the whole-call backstops. */
    private ScheduledExecutorService scheduler() {
        synchronized (schedulerLock) {
            if (scheduler == null) {
                ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("ims-sdk-timer-" + product));
                timer.setRemoveOnCancelPolicy(true);
                scheduler = timer;
            }
            return scheduler;
        }
    }

    /** Up to four threads that resolve credentials and start attempts, idle ones ending after 30 s. */
    private ExecutorService credentialsExecutor() {
        synchronized (schedulerLock) {
            if (credentialsExecutor == null) {
                ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                        daemon("ims-sdk-credentials-" + product));
                pool.allowCoreThreadTimeOut(true);
                credentialsExecutor = pool;
            }
            return credentialsExecutor;
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Closes the client: every later call fails at once with an {@link ImsClientException}
     * saying so, and nothing is sent; calls in flight are cancelled and end with one. Releases
     * the threads and connections this client created; a client built around the caller's own
     * {@link OkHttpClient} leaves that client's dispatcher and pool alone. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (Exchange ex : live) {
            ex.closing((ImsClientException) new ImsClientException(ex.request.action() + " was ended: the " + product
                    + " client was closed" + (ex.anySent ? "; the request may have reached the service" : ""))
                    .withAttempts(ex.attempt));
        }
        synchronized (schedulerLock) {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
            if (credentialsExecutor != null) {
                credentialsExecutor.shutdownNow();
            }
        }
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        if (ownsCredentials && credentialsProvider instanceof AutoCloseable) {
            io.github.imssdk.core.auth.CredentialsProviderChain.closeQuietly(credentialsProvider);
        }
    }

    @Override
    public String toString() {
        return "RpcClient(" + product + ", " + endpoint + ", " + signatureVersion + ", " + retryPolicy + ")";
    }

    /**
     * One attempt: its request, and what OkHttp reported of it. Its listener is added to the
     * call's event listeners (after any of the caller's own).
     */
    private final class Attempt {
        static final int CONNECTING = 0;
        static final int WRITING = 1;
        static final int READING = 2;

        final Exchange exchange;
        Request request;
        /** What the interceptors see of this attempt; {@code null} without interceptors. */
        AttemptContext context;
        /** What the attempt sent, kept to list its secrets should an answer echo them. */
        Credentials credentials;
        SignedRequest signed;
        final long startNanos = System.nanoTime();
        /** Whether OkHttp started writing the request: until then a failure cannot have reached the service. */
        volatile boolean sent;
        /** Whether the pooled connection turned out to be closed by the server before anything was written. */
        volatile boolean stale;
        volatile int phase = CONNECTING;
        final EventListener events = new EventListener() {
            @Override
            public void connectionAcquired(Call call, Connection connection) {
                Long since = idleSince.remove(connection);
                if (since != null && System.nanoTime() - since >= STALE_CHECK_AFTER_NANOS
                        && connection.protocol() == Protocol.HTTP_1_1 && closedByPeer(connection.socket())) {
                    stale = true;
                    call.cancel();
                }
            }

            @Override
            public void connectionReleased(Call call, Connection connection) {
                idleSince.put(connection, System.nanoTime());
            }

            @Override
            public void requestHeadersStart(Call call) {
                if (stale) {
                    return; // the call is cancelled and its socket closed: nothing can be written
                }
                sent = true;
                phase = WRITING;
                exchange.anySent = true;
            }

            @Override
            public void requestHeadersEnd(Call call, Request request) {
                if (request.body() == null) {
                    phase = READING;
                }
            }

            @Override
            public void requestBodyEnd(Call call, long byteCount) {
                phase = READING;
            }

            @Override
            public void responseHeadersStart(Call call) {
                phase = READING;
            }
        };

        Attempt(Exchange exchange) {
            this.exchange = exchange;
        }

        long elapsedMillis() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        }

        /** @return the secrets to remove from what the service echoes: worked out only when an echo is shown */
        List<String> secrets() {
            return secretsOf(credentials, signed, exchange.request.formParams());
        }
    }

    /**
     * Whether the server has closed this idle HTTP/1.1 connection (or sent something it should
     * not have): the check OkHttp makes itself only after 10 s of idleness, a read of at most
     * one millisecond on the connection's own socket, its read timeout restored after.
     */
    static boolean closedByPeer(java.net.Socket socket) {
        int timeout;
        try {
            timeout = socket.getSoTimeout();
        } catch (IOException e) {
            return true;
        }
        try {
            socket.setSoTimeout(1);
            socket.getInputStream().read();
            return true; // end of stream, or bytes nobody asked for: not reusable either way
        } catch (java.net.SocketTimeoutException e) {
            return false; // nothing to read: still open
        } catch (IOException e) {
            return true;
        } finally {
            try {
                socket.setSoTimeout(timeout);
            } catch (IOException ignored) {
                // the socket is broken; OkHttp will find out
            }
        }
    }

    private class Exchange {
        final RpcRequest request;
        /** What the interceptors see of this call; {@code null} without interceptors. */
        final CallContext ctx;
        final long deadlineNanos;
        volatile int attempt;
        boolean skewCorrected;
        /** Whether any attempt started writing its request. */
        volatile boolean anySent;
        /** The attempt's HTTP call in flight, for {@link #cancel()}. */
        volatile Call current;

        Exchange(RpcRequest request, CallContext ctx) {
            this.request = Objects.requireNonNull(request, "request");
            this.ctx = ctx;
            this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(callTimeoutMillis);
        }

        long remainingMillis() {
            return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        }

        boolean isCancelled() {
            return false;
        }

        /** Stops whatever is in flight; the call then ends on its own path (it sees the client closed). */
        void cancel() {
            Call c = current;
            if (c != null) {
                c.cancel();
            }
        }

        /** Ends the call because the client is closing. */
        void closing(ImsClientException error) {
            cancel();
        }
    }

    private final class AsyncExchange extends Exchange {
        final CompletableFuture<RpcResponse> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> pendingRetry;

        AsyncExchange(RpcRequest request, CallContext ctx) {
            super(request, ctx);
        }

        @Override
        boolean isCancelled() {
            return future.isCancelled();
        }

        @Override
        void cancel() {
            ScheduledFuture<?> p = pendingRetry;
            if (p != null) {
                p.cancel(false);
            }
            super.cancel();
        }

        @Override
        void closing(ImsClientException error) {
            future.completeExceptionally(error);
            super.closing(error);
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
         * Sends every request without credentials and without a signature: only the common
         * parameters {@code Action}, {@code Version}, {@code Format}, {@code Timestamp} and
         * {@code SignatureNonce} join the request's own. For the few operations that take no
         * credentials, such as STS {@code AssumeRoleWithOIDC}, whose proof of identity is one of
         * its parameters. A credentials provider set on this builder is then never asked.
         *
         * @return this builder
         */
        public Builder anonymous() {
            this.anonymous = true;
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
