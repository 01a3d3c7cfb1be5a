package io.github.imssdk.spring;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.ice.callback.CallbackVerifier;
import io.github.imssdk.ice.callback.IceEvent;
import io.github.imssdk.ice.callback.IceEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * What the servlet and the WebFlux endpoints decide alike, whatever their I/O: which URL the
 * signature covers, whether the headers authenticate the callback, whether a declared length is
 * too large, and the event in a body. Each failure is logged once, here.
 */
final class CallbackRules {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackRules.class);

    final CallbackVerifier verifier;
    final URI publicUrl;
    final long maxBodySize;

    CallbackRules(CallbackVerifier verifier, URI publicUrl, long maxBodySize) {
        this.verifier = verifier;
        this.publicUrl = publicUrl;
        this.maxBodySize = maxBodySize;
    }

    /**
     * @param requestUrl the URL the request arrived on, without its query
     * @param timestamp {@code X-ICE-TIMESTAMP}
     * @param signature {@code X-ICE-SIGNATURE}
     * @return whether signature and timestamp are valid for the URL IMS signed
     */
    boolean authentic(String requestUrl, String timestamp, String signature) {
        String url = publicUrl != null ? publicUrl.toString() : requestUrl;
        CallbackVerifier.Result check = verifier.verify(url, timestamp, signature);
        if (check != CallbackVerifier.Result.VALID) {
            LOG.warn("IMS callback refused ({}) for {}", check, url);
            return false;
        }
        return true;
    }

    /** @return whether a declared {@code Content-Length} (negative: none) is over the limit */
    boolean tooLarge(long declaredLength) {
        return declaredLength > maxBodySize;
    }

    /** @return the event in the body, or {@code null} (logged) when it is not one */
    IceEvent event(byte[] body) {
        try {
            return IceEvents.parse(new String(body, StandardCharsets.UTF_8));
        } catch (ImsClientException e) {
            LOG.warn("IMS callback with an unreadable body: {}", e.getMessage());
            return null;
        }
    }

    /** Logs a listener's failure, answered with 500 so that IMS sends the event again. */
    static void listenerFailed(IceEvent event, RuntimeException e) {
        LOG.error("A listener failed on IMS event {}; answering 500 so that IMS sends it again", event.eventType(), e);
    }

    @Override
    public String toString() {
        return (publicUrl != null ? publicUrl.toString() : "request URL") + ", max " + maxBodySize + " bytes";
    }
}
