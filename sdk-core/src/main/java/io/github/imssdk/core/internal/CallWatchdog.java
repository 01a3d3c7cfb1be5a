package io.github.imssdk.core.internal;

import okhttp3.Call;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Cancels HTTP calls that outlive their whole-call deadline or wait on the network longer than
 * the read or write timeout (see {@link WatchedAttempt}). One daemon thread per client checks the
 * calls in flight every few milliseconds; registering a call is a map insert. (OkHttp's own
 * per-call, per-read and per-write timers wake a watchdog thread on most calls, reads and writes,
 * which costs more CPU than the rest of a small call.) Not part of the public API.
 */
public final class CallWatchdog implements AutoCloseable {
    private final Map<Call, WatchedAttempt> attempts = new ConcurrentHashMap<>();
    private final long tickNanos;
    private final String name;
    private final Object lock = new Object();
    private Thread thread;
    private boolean closed;

    /**
     * @param name the thread's name
     * @param tickMillis how often to check
     */
    public CallWatchdog(String name, long tickMillis) {
        this.name = name;
        this.tickNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(1, tickMillis));
    }

    /**
     * @param shortestTimeoutMillis the shortest timeout the watchdog enforces
     * @return how often to check, in ms: a twentieth of it, at least every 50 ms and at most every 5 ms
     */
    public static long tickFor(long shortestTimeoutMillis) {
        return Math.min(50, Math.max(5, shortestTimeoutMillis / 20));
    }

    /**
     * @param call a call about to run
     * @param attempt its deadlines
     */
    public void watch(Call call, WatchedAttempt attempt) {
        attempts.put(call, attempt);
        start();
    }

    /** @param call a call that finished */
    public void unwatch(Call call) {
        attempts.remove(call);
    }

    private void start() {
        if (thread != null) {
            return;
        }
        synchronized (lock) {
            if (thread == null && !closed) {
                Thread t = new Thread(this::run, name);
                t.setDaemon(true);
                t.start();
                thread = t;
            }
        }
    }

    private void run() {
        while (true) {
            synchronized (lock) {
                if (closed) {
                    return;
                }
            }
            try {
                TimeUnit.NANOSECONDS.sleep(tickNanos);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Iterator<Map.Entry<Call, WatchedAttempt>> it = attempts.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Call, WatchedAttempt> e = it.next();
                if (e.getValue().expired(now)) {
                    it.remove();
                    e.getKey().cancel();
                }
            }
        }
    }

    /** Stops the thread; calls still registered are left alone. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}
