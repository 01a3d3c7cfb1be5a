package io.github.imssdk.core.internal;

import okhttp3.Call;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Cancels HTTP calls that outlive their whole-call deadline. One daemon thread per client
 * checks the calls in flight every few milliseconds; registering a call is a map insert.
 * (OkHttp's own per-call timeout wakes a watchdog thread on every call, which costs more CPU
 * than the rest of a small call.) Not part of the public API.
 */
public final class CallWatchdog implements AutoCloseable {
    private final Map<Call, Long> deadlines = new ConcurrentHashMap<>();
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
     * @param call a call about to run
     * @param deadlineNanos when to cancel it, on the {@link System#nanoTime()} scale
     */
    public void watch(Call call, long deadlineNanos) {
        deadlines.put(call, deadlineNanos);
        start();
    }

    /** @param call a call that finished */
    public void unwatch(Call call) {
        deadlines.remove(call);
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
            for (Iterator<Map.Entry<Call, Long>> it = deadlines.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Call, Long> e = it.next();
                if (now - e.getValue() >= 0) {
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
