package io.github.imssdk.core.internal;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WatchedAttemptTest {
    static final long HOUR = TimeUnit.HOURS.toNanos(1);
    static final long READ = TimeUnit.SECONDS.toNanos(10);
    static final long WRITE = TimeUnit.SECONDS.toNanos(20);

    static WatchedAttempt attempt() {
        return new WatchedAttempt(System.nanoTime() + HOUR, READ, WRITE);
    }

    static long in(long nanos) {
        return System.nanoTime() + nanos;
    }

    @Test
    void beforeAnyEventOnlyTheWholeCallDeadlineCounts() {
        WatchedAttempt a = attempt();
        assertThat(a.expired(in(HOUR / 2))).isFalse();
        assertThat(a.expiry()).isEqualTo(WatchedAttempt.Expiry.NONE);
        assertThat(a.expired(in(HOUR + 1))).isTrue();
        assertThat(a.expiry()).isEqualTo(WatchedAttempt.Expiry.CALL);
    }

    @Test
    void writingTheRequestIsBoundByTheWriteTimeoutAndMarksItSent() {
        WatchedAttempt a = attempt();
        a.requestHeadersStart(null);
        assertThat(a.sent()).isTrue();
        assertThat(a.expired(in(READ + READ / 2))).as("past the read timeout, within the write timeout").isFalse();
        assertThat(a.expired(in(WRITE + 1))).isTrue();
        assertThat(a.expiry()).isEqualTo(WatchedAttempt.Expiry.WRITE);
    }

    @Test
    void afterTheRequestTheWaitForTheAnswerIsBoundByTheReadTimeout() {
        WatchedAttempt a = attempt();
        a.requestHeadersStart(null);
        a.requestHeadersEnd(null, null);
        a.requestBodyStart(null);
        assertThat(a.expired(in(READ + 1))).as("a body is being written").isFalse();
        a.requestBodyEnd(null, 0);
        assertThat(a.expired(in(READ / 2))).isFalse();
        assertThat(a.expired(in(READ + 1))).isTrue();
        assertThat(a.expiry()).isEqualTo(WatchedAttempt.Expiry.READ);
    }

    @Test
    void progressRestartsTheReadTimeoutAndTheEndOfTheAnswerStopsIt() throws InterruptedException {
        WatchedAttempt a = attempt();
        a.requestHeadersStart(null);
        a.requestHeadersEnd(null, null);
        a.responseHeadersEnd(null, null);
        // after the headers' read deadline, before the one progress() sets 20 ms later
        long check = in(READ + TimeUnit.MILLISECONDS.toNanos(10));
        Thread.sleep(20);
        WatchedAttempt b = attempt();
        b.responseHeadersEnd(null, null);
        a.progress();
        assertThat(a.expired(check)).isFalse();
        assertThat(b.expired(in(READ + 1))).as("without progress").isTrue();
        a.responseBodyEnd(null, 10);
        assertThat(a.expired(in(HOUR / 2))).isFalse();
        assertThat(a.expiry()).isEqualTo(WatchedAttempt.Expiry.NONE);
    }

    @Test
    void aTlsHandshakeIsARead() {
        WatchedAttempt a = attempt();
        a.secureConnectStart(null);
        assertThat(a.sent()).isFalse();
        assertThat(a.expired(in(READ + 1))).isTrue();
        assertThat(a.expiry()).isEqualTo(WatchedAttempt.Expiry.READ);
        WatchedAttempt b = attempt();
        b.secureConnectStart(null);
        b.secureConnectEnd(null, null);
        assertThat(b.expired(in(READ * 5))).isFalse();
    }

    @Test
    void withoutTimeoutsToEnforceEventsOnlyMarkTheRequestSent() {
        WatchedAttempt a = new WatchedAttempt(System.nanoTime() + HOUR, 0, 0);
        a.requestHeadersStart(null);
        a.requestBodyEnd(null, 0);
        a.progress();
        assertThat(a.sent()).isTrue();
        assertThat(a.expired(in(HOUR / 2))).isFalse();
        assertThat(a.toString()).contains("sent=true");
    }

    @Test
    void explainsAWatchdogTimeoutAndLeavesOtherFailuresAlone() {
        java.io.IOException reset = new java.net.SocketException("Connection reset");
        WatchedAttempt a = attempt();
        assertThat(a.explain(reset)).isSameAs(reset);
        a.requestHeadersStart(null);
        a.expired(in(WRITE + 1));
        java.io.IOException e = a.explain(reset);
        assertThat(e).isInstanceOf(java.net.SocketTimeoutException.class).hasCause(reset)
                .hasMessageContaining("write timed out").hasMessageContaining("20000 ms");
        WatchedAttempt b = attempt();
        b.expired(in(HOUR + 1));
        assertThat(b.explain(reset)).as("the whole-call deadline is reported by the client").isSameAs(reset);
    }
}
