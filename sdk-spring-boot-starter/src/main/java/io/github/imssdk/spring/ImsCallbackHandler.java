package io.github.imssdk.spring;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.ice.callback.CallbackVerifier;
import io.github.imssdk.ice.callback.IceEvent;
import io.github.imssdk.ice.callback.IceEvents;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Receives IMS event callbacks: checks {@code X-ICE-SIGNATURE} and the freshness of
 * {@code X-ICE-TIMESTAMP} with {@link CallbackVerifier} before reading anything else (401 when
 * either fails), reads at most {@code ims.callback.max-body-size} bytes (413 beyond), parses the
 * event with {@link IceEvents} (400 when it cannot), and publishes it as a Spring application
 * event, so that {@code @EventListener void on(MediaConvertCompleteEvent e)} receives it. A
 * listener that throws makes the answer 500, so that IMS delivers the event again.
 */
public class ImsCallbackHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ImsCallbackHandler.class);

    private final CallbackVerifier verifier;
    private final URI publicUrl;
    private final long maxBodySize;
    private final ApplicationEventPublisher publisher;

    /**
     * @param verifier checks signature and timestamp
     * @param publicUrl the URL the signature covers, or {@code null} to take the request's
     * @param maxBodySize the largest body read, in bytes
     * @param publisher where events go
     */
    public ImsCallbackHandler(CallbackVerifier verifier, URI publicUrl, long maxBodySize,
                              ApplicationEventPublisher publisher) {
        this.verifier = verifier;
        this.publicUrl = publicUrl;
        this.maxBodySize = maxBodySize;
        this.publisher = publisher;
    }

    /**
     * @param request the callback
     * @return 200 once the event is published; 401, 413, 400 or 500 as described above
     */
    public ServerResponse handle(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        String url = publicUrl != null ? publicUrl.toString() : requestUrl(servlet);
        CallbackVerifier.Result check = verifier.verify(url, servlet.getHeader("X-ICE-TIMESTAMP"),
                servlet.getHeader("X-ICE-SIGNATURE"));
        if (check != CallbackVerifier.Result.VALID) {
            LOG.warn("IMS callback refused ({}) for {}", check, url);
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        long declared = servlet.getContentLengthLong();
        if (declared > maxBodySize) {
            return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        byte[] body;
        try {
            body = readAtMost(servlet.getInputStream(), maxBodySize);
        } catch (IOException e) {
            return ServerResponse.badRequest().build();
        }
        if (body == null) {
            return ServerResponse.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        IceEvent event;
        try {
            event = IceEvents.parse(new String(body, StandardCharsets.UTF_8));
        } catch (ImsClientException e) {
            LOG.warn("IMS callback with an unreadable body: {}", e.getMessage());
            return ServerResponse.badRequest().build();
        }
        try {
            publisher.publishEvent(event);
        } catch (RuntimeException e) {
            LOG.error("A listener failed on IMS event {}; answering 500 so that IMS sends it again", event.eventType(), e);
            return ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
        }
        return ServerResponse.ok().build();
    }

    /** The URL as the client asked for it: scheme, host, port and path, without the query. */
    static String requestUrl(HttpServletRequest servlet) {
        return servlet.getRequestURL().toString();
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
        return "ImsCallbackHandler(" + (publicUrl != null ? publicUrl : "request URL") + ", max " + maxBodySize + " bytes)";
    }
}
