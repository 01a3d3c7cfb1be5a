package io.github.imssdk.core.internal;

import io.github.imssdk.core.auth.Credentials;
import io.github.imssdk.core.exception.ImsClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Temporary credentials kept until shortly before they expire: refreshed {@value #MARGIN_MINUTES}
 * minutes (or a quarter of their lifetime, if shorter) before, with up to 30 seconds of jitter so
 * that a fleet does not refresh at once. One refresh at a time; while the cached credentials are
 * still valid a refresh runs in the background and callers keep using them, and a failed refresh
 * keeps them (logged once per run of failures). Only with none valid does a caller wait for a
 * fetch, and a failure then reaches it. Not part of the public API.
 */
public final class RefreshingCredentials {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshingCredentials.class);
    private static final long MARGIN_MINUTES = 15;
    private static final Executor BACKGROUND = runnable -> {
        Thread t = new Thread(runnable, "ims-sdk-credentials-refresh");
        t.setDaemon(true);
        t.start();
    };

    /** What a fetch returns: credentials and when they expire ({@code null}: they do not). */
    public static final class Fetched {
        final Credentials credentials;
        final Instant expiration;
        Instant refreshAt;

        /**
         * @param credentials the credentials
         * @param expiration when they expire, or {@code null}
         */
        public Fetched(Credentials credentials, Instant expiration) {
            this.credentials = credentials;
            this.expiration = expiration;
        }
    }

    private final String source;
    private final Supplier<Fetched> fetch;
    private final Clock clock;
    private final Executor refresher;
    private final Object lock = new Object();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Fetched current;
    private volatile boolean failureLogged;

    /**
     * @param source what the credentials come from, for log lines (never a secret)
     * @param fetch fetches new credentials; throws an {@link ImsClientException} when it cannot
     * @param clock the clock expirations are compared with
     * @param refresher runs background refreshes ({@code null}: a daemon thread each)
     */
    public RefreshingCredentials(String source, Supplier<Fetched> fetch, Clock clock, Executor refresher) {
        this.source = source;
        this.fetch = fetch;
        this.clock = clock;
        this.refresher = refresher != null ? refresher : BACKGROUND;
    }

    /** @return valid credentials, fetched only when none are */
    public Credentials get() {
        Fetched c = current;
        Instant now = clock.instant();
        if (c != null && (c.refreshAt == null || now.isBefore(c.refreshAt))) {
            return c.credentials;
        }
        if (c != null && now.isBefore(c.expiration)) {
            if (refreshing.compareAndSet(false, true)) {
                try {
                    refresher.execute(this::refreshInBackground);
                } catch (RuntimeException e) {
                    refreshing.set(false);
                }
            }
            return current.credentials;
        }
        synchronized (lock) {
            c = current;
            if (c != null && (c.expiration == null || clock.instant().isBefore(c.expiration))) {
                return c.credentials;
            }
            Fetched f = fetchAndSchedule();
            current = f;
            failureLogged = false;
            return f.credentials;
        }
    }

    private void refreshInBackground() {
        try {
            Fetched f = fetchAndSchedule();
            current = f;
            failureLogged = false;
        } catch (RuntimeException e) {
            if (!failureLogged) {
                failureLogged = true;
                Fetched c = current;
                LOG.warn("Refreshing the credentials from {} failed; using the cached ones until {}: {}", source,
                        c == null ? "they expire" : c.expiration, Redactor.oneLine(String.valueOf(e.getMessage())));
            }
        } finally {
            refreshing.set(false);
        }
    }

    private Fetched fetchAndSchedule() {
        Fetched f = fetch.get();
        if (f.expiration != null) {
            Instant now = clock.instant();
            Duration life = Duration.between(now, f.expiration);
            Duration margin = Duration.ofMinutes(MARGIN_MINUTES);
            if (life.dividedBy(4).compareTo(margin) < 0) {
                margin = life.isNegative() ? Duration.ZERO : life.dividedBy(4);
            }
            long jitterMillis = Math.min(30_000, margin.toMillis() / 10);
            f.refreshAt = f.expiration.minus(margin)
                    .minusMillis(jitterMillis <= 0 ? 0 : ThreadLocalRandom.current().nextLong(jitterMillis + 1));
        }
        return f;
    }

    @Override
    public String toString() {
        return "RefreshingCredentials(" + source + ")";
    }
}
