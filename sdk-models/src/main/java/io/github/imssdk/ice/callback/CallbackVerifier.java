package io.github.imssdk.ice.callback;

import io.github.imssdk.core.internal.Crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks the authentication of IMS HTTP callbacks: {@code X-ICE-SIGNATURE} must be the MD5 hex of
 * {@code callbackUrl|X-ICE-TIMESTAMP|authKey}, compared in constant time, and
 * {@code X-ICE-TIMESTAMP} (UNIX seconds) must be within {@link Builder#maxAge} of now (default
 * 5 minutes, either way), so a captured callback cannot be replayed later.
 *
 * <pre>{@code
 * CallbackVerifier verifier = CallbackVerifier.builder("Test123").build();
 * if (!verifier.isValid("https://example.com/ims/callback",
 *         request.getHeader("X-ICE-TIMESTAMP"), request.getHeader("X-ICE-SIGNATURE"))) {
 *     return 401;
 * }
 * IceEvent event = IceEvents.parse(body);
 * }</pre>
 */
public final class CallbackVerifier {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{1,32}");

    /** The outcome of a check. */
    public enum Result {
        /** Signature right and timestamp fresh. */
        VALID,
        /** The signature does not match the URL, timestamp and key. */
        BAD_SIGNATURE,
        /** The signature matches but the timestamp is outside the freshness window. */
        STALE,
        /** A header is missing or not in the documented form. */
        MALFORMED
    }

    private final String authKey;
    private final Duration maxAge;
    private final Clock clock;

    private CallbackVerifier(Builder b) {
        this.authKey = b.authKey;
        this.maxAge = b.maxAge;
        this.clock = b.clock;
    }

    /**
     * @param authKey the callback AuthKey configured in IMS: 1 to 32 letters and digits
     * @return a builder
     * @throws IllegalArgumentException when the key is not of that form
     */
    public static Builder builder(String authKey) {
        return new Builder(authKey);
    }

    /**
     * @param callbackUrl the callback URL as configured in IMS
     * @param timestamp the {@code X-ICE-TIMESTAMP} header
     * @param signature the {@code X-ICE-SIGNATURE} header
     * @return the outcome
     */
    public Result verify(String callbackUrl, String timestamp, String signature) {
        if (callbackUrl == null || timestamp == null || signature == null || !timestamp.trim().matches("\\d{1,12}")) {
            return Result.MALFORMED;
        }
        String expected = sign(callbackUrl, timestamp.trim());
        byte[] a = expected.getBytes(StandardCharsets.US_ASCII);
        byte[] b = signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(a, b)) {
            return Result.BAD_SIGNATURE;
        }
        Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        if (Duration.between(sent, clock.instant()).abs().compareTo(maxAge) > 0) {
            return Result.STALE;
        }
        return Result.VALID;
    }

    /**
     * @param callbackUrl the callback URL as configured in IMS
     * @param timestamp the {@code X-ICE-TIMESTAMP} header
     * @param signature the {@code X-ICE-SIGNATURE} header
     * @return whether {@link #verify} says {@link Result#VALID}
     */
    public boolean isValid(String callbackUrl, String timestamp, String signature) {
        return verify(callbackUrl, timestamp, signature) == Result.VALID;
    }

    /**
     * @param callbackUrl the callback URL
     * @param timestamp UNIX seconds as text
     * @return the signature IMS sends for them: lower-case MD5 hex of {@code url|timestamp|key}
     */
    public String sign(String callbackUrl, String timestamp) {
        return Crypto.md5Hex(callbackUrl + "|" + timestamp + "|" + authKey);
    }

    @Override
    public String toString() {
        return "CallbackVerifier(maxAge=" + maxAge + ", authKey=***)";
    }

    /** Builds a {@link CallbackVerifier}. */
    public static final class Builder {
        private final String authKey;
        private Duration maxAge = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();

        private Builder(String authKey) {
            if (authKey == null || !KEY.matcher(authKey).matches()) {
                throw new IllegalArgumentException("the callback AuthKey must be 1 to 32 letters and digits");
            }
            this.authKey = authKey;
        }

        /**
         * @param maxAge how far the timestamp may be from now, either way (default 5 minutes)
         * @return this builder
         */
        public Builder maxAge(Duration maxAge) {
            this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
            return this;
        }

        /**
         * @param clock the clock freshness is judged by (default the UTC system clock)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return the verifier */
        public CallbackVerifier build() {
            return new CallbackVerifier(this);
        }
    }
}
