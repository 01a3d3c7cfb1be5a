package io.github.imssdk.spring;

import io.github.imssdk.ice.callback.CallbackVerifier;
import io.github.imssdk.ice.callback.IceEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@link ImsCallbackHandler} for WebFlux applications: the same checks and answers (401 before
 * the body is read, 413 beyond {@code ims.callback.max-body-size}, 400 for a body that is not an
 * event, 500 when a listener fails), the body collected without blocking and the listeners run
 * on Reactor's bounded-elastic scheduler, never on an event-loop thread.
 */
public class ImsReactiveCallbackHandler {
    private final CallbackRules rules;
    private final ApplicationEventPublisher publisher;

    /**
     * @param verifier checks signature and timestamp
     * @param publicUrl the URL the signature covers, or {@code null} to take the request's
     * @param maxBodySize the largest body read, in bytes
     * @param publisher where events go
     */
    public ImsReactiveCallbackHandler(CallbackVerifier verifier, URI publicUrl, long maxBodySize,
                                      ApplicationEventPublisher publisher) {
        this.rules = new CallbackRules(verifier, publicUrl, maxBodySize);
        this.publisher = publisher;
    }

    /**
     * @param request the callback
     * @return 200 once the event is published; 401, 413, 400 or 500 as for the servlet endpoint
     */
    public Mono<ServerResponse> handle(ServerRequest request) {
        if (!rules.authentic(requestUrl(request.uri()), request.headers().firstHeader("X-ICE-TIMESTAMP"),
                request.headers().firstHeader("X-ICE-SIGNATURE"))) {
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (rules.tooLarge(request.headers().contentLength().orElse(-1))) {
            return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, rules.maxBodySize);
        return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), limit)
                .map(ImsReactiveCallbackHandler::bytes)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> {
                    IceEvent event = rules.event(body);
                    if (event == null) {
                        return ServerResponse.badRequest().build();
                    }
                    return Mono.fromRunnable(() -> publisher.publishEvent(event))
                            .subscribeOn(Schedulers.boundedElastic())
                            .then(ServerResponse.ok().build())
                            .onErrorResume(RuntimeException.class, e -> {
                                CallbackRules.listenerFailed(event, e);
                                return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
                            });
                })
                .onErrorResume(DataBufferLimitException.class,
                        e -> ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE).build());
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] b = new byte[buffer.readableByteCount()];
            buffer.read(b);
            return b;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** The URL as the client asked for it: scheme, host, port and path, without the query. */
    static String requestUrl(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getRawAuthority(), uri.getRawPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return uri.toString();
        }
    }

    @Override
    public String toString() {
        return "ImsReactiveCallbackHandler(" + rules + ")";
    }
}
