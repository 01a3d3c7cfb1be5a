package io.github.imssdk.spring;

import io.github.imssdk.ice.callback.CallbackVerifier;
import io.github.imssdk.ice.callback.IceEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;

/**
 * Receives IMS event callbacks: checks {@code X-ICE-SIGNATURE} and the freshness of
 * {@code X-ICE-TIMESTAMP} with {@link CallbackVerifier} before reading anything else (401 when
 * either fails), reads at most {@code ims.callback.max-body-size} bytes (413 beyond), parses the
 * event with {@link io.github.imssdk.ice.callback.IceEvents} (400 when it cannot), and publishes it as a Spring application
 * event, so that {@code @EventListener void on(MediaConvertCompleteEvent e)} receives it. A
 * listener that throws makes the answer 500, so that IMS delivers the event again.
 */
public class ImsCallbackHandler {
    private final CallbackRules rules;
    private final ApplicationEventPublisher publisher;

    /**
     * @param verifier checks signature and timestamp
     * @param publicUrl the URL the signature covers, or {@code null} to take the request's
     * @param maxBodySize the largest body read, in bytes
     * @param publisher where events go
     */
    public ImsCallbackHandler(CallbackVerifier verifier, URI publicUrl, long maxBodySize,
                              ApplicationEventPublisher publisher) {
        this.rules = new CallbackRules(verifier, publicUrl, maxBodySize);
        this.publisher = publisher;
    }

    /**
     * @param request the callback
     * @return 200 once the event is published; 401, 413, 400 or 500 as described above
     */
    public ServerResponse handle(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        if (!rules.authentic(servlet.getRequestURL().toString(), servlet.getHeader("X-ICE-TIMESTAMP"),
                servlet.getHeader("X-ICE-SIGNATURE"))) {
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (rules.tooLarge(servlet.getContentLengthLong())) {
            return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        byte[] body;
        try {
            body = readAtMost(servlet.getInputStream(), rules.maxBodySize);
        } catch (IOException e) {
            return ServerResponse.badRequest().build();
        }
        if (body == null) {
            return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        IceEvent event = rules.event(body);
        if (event == null) {
            return ServerResponse.badRequest().build();
        }
        try {
            publisher.publishEvent(event);
        } catch (RuntimeException e) {
            CallbackRules.listenerFailed(event, e);
            return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
        }
        return ServerResponse.ok().build();
    }

    /** @return the bytes, or {@code null} when there are more than {@code max} */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        int limit = (int) Math.min(Integer.MAX_VALUE - 8, max);
        byte[] buf = new byte[Math.min(8192, limit + 1)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (buf.length > limit) {
                    return null;
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, (long) limit + 1));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                return Arrays.copyOf(buf, n);
            }
            n += r;
            if (n > limit) {
                return null;
            }
        }
    }

    @Override
    public String toString() {
        return "ImsCallbackHandler(" + rules + ")";
    }
}
