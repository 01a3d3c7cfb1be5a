package io.github.imssdk.core.internal;

import okhttp3.Call;
import okhttp3.EventListener;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP attempt as its {@link CallWatchdog} sees it: the whole call's deadline and, while the
 * attempt waits on the network, the deadline of that wait. Not part of the public API.
 *
 * <p>When the client owns its OkHttp client, this object is also the attempt's
 * {@link EventListener}, and the read and write timeouts are enforced here rather than by
 * OkHttp: OkHttp's per-read and per-write timers put every socket read and write into okio's
 * timeout queue and wake okio's watchdog thread for most of them, which cost more CPU than the
 * rest of a small call. The events mark the waits:
 * <ul>
 *   <li>TLS handshake: a read wait;</li>
 *   <li>request headers and body: a write wait, then a read wait for the answer;</li>
 *   <li>response headers and every chunk of the body ({@link #progress()}): a new read wait, so
 *       the read timeout bounds the silence between bytes, as a socket timeout does;</li>
 *   <li>end of the response, of the call, or failure: no wait.</li>
 * </ul>
 * With a caller's own OkHttp client (its timeouts apply) only {@link #markSent()} and the
 * whole-call deadline are used.
 */
public final class WatchedAttempt extends EventListener {
    /** Why an attempt was cancelled by its watchdog. */
    public enum Expiry {
        /** Not cancelled by the watchdog. */
        NONE,
        /** The whole-call deadline passed. */
        CALL,
        /** No bytes came from the service within the read timeout. */
        READ,
        /** The request could not be written within the write timeout. */
        WRITE
    }

    private final long callDeadlineNanos;
    private final long readTimeoutNanos;
    private final long writeTimeoutNanos;
    /** When the current wait ends; 0 while there is none. */
    private volatile long ioDeadlineNanos;
    private volatile boolean writing;
    private volatile boolean sent;
    private volatile Expiry expiry = Expiry.NONE;

    /**
     * @param callDeadlineNanos the whole call's deadline, on the {@link System#nanoTime()} scale
     * @param readTimeoutNanos the read timeout to enforce, or 0 for none
     * @param writeTimeoutNanos the write timeout to enforce, or 0 for none
     */
    public WatchedAttempt(long callDeadlineNanos, long readTimeoutNanos, long writeTimeoutNanos) {
        this.callDeadlineNanos = callDeadlineNanos;
        this.readTimeoutNanos = readTimeoutNanos;
        this.writeTimeoutNanos = writeTimeoutNanos;
    }

    /** @return whether OkHttp began writing the request to a connection */
    public boolean sent() {
        return sent;
    }

    /** Records that OkHttp began writing the request (for a caller's client, from an interceptor). */
    public void markSent() {
        sent = true;
    }

    /** @return why the watchdog cancelled this attempt, or {@link Expiry#NONE} */
    public Expiry expiry() {
        return expiry;
    }

    /**
     * @param failure how the attempt failed
     * @return a {@link SocketTimeoutException} naming the timeout, with {@code failure} as cause,
     *         when the watchdog cancelled the attempt for a read or write timeout; else {@code failure}
     */
    public IOException explain(IOException failure) {
        Expiry x = expiry;
        if (x != Expiry.READ && x != Expiry.WRITE) {
            return failure;
        }
        boolean read = x == Expiry.READ;
        SocketTimeoutException e = new SocketTimeoutException((read ? "read" : "write") + " timed out: "
                + (read ? "no bytes from the service" : "the request could not be written") + " for "
                + TimeUnit.NANOSECONDS.toMillis(read ? readTimeoutNanos : writeTimeoutNanos) + " ms");
        e.initCause(failure);
        return e;
    }

    /** Marks bytes of the answer received: the read timeout starts again. */
    public void progress() {
        await(readTimeoutNanos, false);
    }

    /**
     * Decides whether the attempt has run out of time, and if so remembers why.
     *
     * @param nowNanos the current {@link System#nanoTime()}
     * @return whether to cancel it
     */
    boolean expired(long nowNanos) {
        if (nowNanos - callDeadlineNanos >= 0) {
            expiry = Expiry.CALL;
            return true;
        }
        boolean w = writing;
        long d = ioDeadlineNanos;
        if (d != 0 && nowNanos - d >= 0) {
            expiry = w ? Expiry.WRITE : Expiry.READ;
            return true;
        }
        return false;
    }

    private void await(long timeoutNanos, boolean write) {
        if (timeoutNanos > 0) {
            long d = System.nanoTime() + timeoutNanos;
            writing = write;
            ioDeadlineNanos = d == 0 ? 1 : d;
        }
    }

    private void idle() {
        if (ioDeadlineNanos != 0) {
            ioDeadlineNanos = 0;
        }
    }

    @Override
    public void secureConnectStart(Call call) {
        await(readTimeoutNanos, false);
    }

    @Override
    public void secureConnectEnd(Call call, okhttp3.Handshake handshake) {
        idle();
    }

    @Override
    public void requestHeadersStart(Call call) {
        sent = true;
        await(writeTimeoutNanos, true);
    }

    @Override
    public void requestHeadersEnd(Call call, okhttp3.Request request) {
        // If a body follows, requestBodyStart turns this into a write wait again.
        await(readTimeoutNanos, false);
    }

    @Override
    public void requestBodyStart(Call call) {
        await(writeTimeoutNanos, true);
    }

    @Override
    public void requestBodyEnd(Call call, long byteCount) {
        await(readTimeoutNanos, false);
    }

    @Override
    public void requestFailed(Call call, IOException ioe) {
        idle();
    }

    @Override
    public void responseHeadersEnd(Call call, okhttp3.Response response) {
        await(readTimeoutNanos, false);
    }

    @Override
    public void responseBodyEnd(Call call, long byteCount) {
        idle();
    }

    @Override
    public void responseFailed(Call call, IOException ioe) {
        idle();
    }

    @Override
    public void callEnd(Call call) {
        idle();
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
        idle();
    }

    @Override
    public String toString() {
        return "WatchedAttempt(sent=" + sent + ", expiry=" + expiry + ")";
    }
}
