package io.github.imssdk.ice.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.RpcResponse;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.internal.CoreAccess;
import io.github.imssdk.ice.model.IceRequest;
import io.github.imssdk.ice.model.ValidationLevel;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs one ICE operation: time-dependent validation against the client's clock, the wire form,
 * the RPC call, and the parse of the answer. Shared by the synchronous and asynchronous clients.
 * Not part of the public API.
 */
public final class IceTransport implements AutoCloseable {
    private final RpcClient rpc;
    private final Clock clock;
    private final ValidationLevel validation;
    private final Object lock = new Object();
    private java.util.concurrent.ScheduledExecutorService scheduler;

    /**
     * @param rpc the RPC client (owned: closed with this transport)
     * @param clock the clock for time windows
     * @param validation the client's validation level
     */
    public IceTransport(RpcClient rpc, Clock clock, ValidationLevel validation) {
        this.rpc = rpc;
        this.clock = clock;
        this.validation = validation;
    }

    /** @return the client's validation level: of requests it builds, and of the checks at send */
    public ValidationLevel validation() {
        return validation;
    }

    /** The time-dependent limits, when the request's level (else the client's) asks for them. */
    private void checkAtSend(IceRequest request) {
        ValidationLevel level = request.validation() != null ? request.validation() : validation;
        if (level == ValidationLevel.DOCUMENTED) {
            request.validateAt(now());
        }
    }

    /**
     * @param request the request
     * @param marshaller turns it into its RPC call
     * @param parser reads the answer's JSON
     * @param <Q> the request type
     * @param <R> the response type
     * @return the response
     */
    public <Q extends IceRequest, R> R call(Q request, Function<Q, RpcRequest> marshaller,
            Function<JsonNode, R> parser) {
        checkAtSend(request);
        RpcRequest wire = marshaller.apply(request);
        return parse(request, rpc.call(wire), parser);
    }

    /**
     * @param request the request
     * @param marshaller turns it into its RPC call
     * @param parser reads the answer's JSON
     * @param <Q> the request type
     * @param <R> the response type
     * @return the future response; cancelling it cancels the HTTP call
     */
    public <Q extends IceRequest, R> CompletableFuture<R> callAsync(Q request, Function<Q, RpcRequest> marshaller,
            Function<JsonNode, R> parser) {
        CompletableFuture<R> out = new CompletableFuture<>();
        CompletableFuture<RpcResponse> call;
        try {
            checkAtSend(request);
            call = rpc.callAsync(marshaller.apply(request));
        } catch (ImsException e) {
            out.completeExceptionally(e);
            return out;
        }
        call.whenComplete((r, t) -> {
            if (t != null) {
                out.completeExceptionally(t instanceof java.util.concurrent.CompletionException && t.getCause() != null
                        ? t.getCause() : t);
                return;
            }
            try {
                out.complete(parse(request, r, parser));
            } catch (ImsException e) {
                out.completeExceptionally(e);
            }
        });
        out.whenComplete((r, t) -> {
            if (out.isCancelled()) {
                call.cancel(true);
            }
        });
        return out;
    }

    /**
     * The client's clock corrected by the offset the service taught it (an
     * {@code InvalidTimeStamp.Expired} answer with its {@code Date}), the clock the time windows
     * are checked against just before sending.
     */
    private java.time.Instant now() {
        return clock.instant().plusMillis(rpc.clockOffsetMillis());
    }

    private static <R> R parse(IceRequest request, RpcResponse response, Function<JsonNode, R> parser) {
        try {
            R r = parser.apply(CoreAccess.json(response));
            if (r == null) {
                throw new ImsClientException(request.action() + " answered with a body that is not a JSON object");
            }
            return r;
        } catch (ImsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImsClientException(request.action() + " answered with a body this SDK cannot read: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** @return the underlying RPC client */
    public RpcClient rpcClient() {
        return rpc;
    }

    /** @return a daemon scheduler for waits (e.g. of waiters), shut down with this transport */
    public java.util.concurrent.ScheduledExecutorService scheduler() {
        synchronized (lock) {
            if (scheduler == null) {
                scheduler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "ims-sdk-ice-scheduler");
                    t.setDaemon(true);
                    return t;
                });
            }
            return scheduler;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (scheduler != null) {
                scheduler.shutdownNow();
            }
        }
        rpc.close();
    }

    @Override
    public String toString() {
        return rpc.toString();
    }
}
