package io.github.imssdk.core.exception;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The input broke one or more documented limits. Nothing was sent. {@link #violations()} lists
 * every violation found, never just the first.
 *
 * <pre>{@code
 * try {
 *     ice.updateLiveTranscodeTemplate(request);
 * } catch (ValidationException e) {
 *     for (ValidationException.Violation v : e.violations()) {
 *         log.warn("{} {} (value {})", v.field(), v.rule(), v.value());
 *     }
 * }
 * }</pre>
 */
public class ValidationException extends ImsClientException {
    private static final long serialVersionUID = 1L;

    /** @serial the operation whose request was invalid */
    private final String operation;
    /** @serial every violation found */
    private final List<Violation> violations;

    /**
     * @param operation the API action whose request was rejected, e.g. {@code SubmitLiveTranscodeJob}
     * @param violations every violation found; must not be empty
     */
    public ValidationException(String operation, List<Violation> violations) {
        super(message(operation, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.operation = operation;
        this.violations = Collections.unmodifiableList(new ArrayList<>(violations));
    }

    /** @return the API action whose request was rejected */
    public String operation() {
        return operation;
    }

    /** @return every violation found, in the order the fields were checked; unmodifiable */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String operation, List<Violation> violations) {
        StringBuilder sb = new StringBuilder();
        sb.append(violations.size()).append(violations.size() == 1 ? " violation" : " violations")
                .append(" in ").append(operation).append(" request; nothing was sent:");
        for (Violation v : violations) {
            sb.append("\n  - ").append(v);
        }
        return sb.toString();
    }

    /** One broken rule: which field, which rule, which value. */
    public static final class Violation {
        private final String field;
        private final String rule;
        private final String value;

        /**
         * @param field the field path as the caller named it, e.g. {@code templateConfig.videoParams.fps}
         * @param rule the documented rule, e.g. {@code must be in [1, 60]}
         * @param value the offending value as text, {@code null} when the value is missing
         */
        public Violation(String field, String rule, String value) {
            this.field = Objects.requireNonNull(field, "field");
            this.rule = Objects.requireNonNull(rule, "rule");
            this.value = value;
        }

        /** @return the field path, e.g. {@code templateConfig.videoParams.fps} */
        public String field() {
            return field;
        }

        /** @return the rule that was broken, e.g. {@code must be in [1, 60]} */
        public String rule() {
            return rule;
        }

        /** @return the offending value as text, or {@code null} when it was missing */
        public String value() {
            return value;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Violation)) {
                return false;
            }
            Violation other = (Violation) o;
            return field.equals(other.field) && rule.equals(other.rule) && Objects.equals(value, other.value);
        }

        @Override
        public int hashCode() {
            return Objects.hash(field, rule, value);
        }

        @Override
        public String toString() {
            return value == null ? field + ": " + rule : field + ": " + rule + " (was " + quote(value) + ")";
        }

        /** At most 120 characters, cut between code points, never inside a surrogate pair. */
        private static String quote(String v) {
            String shown = v.codePointCount(0, v.length()) > 120 ? v.substring(0, v.offsetByCodePoints(0, 117)) + "..." : v;
            return "'" + shown + "'";
        }
    }
}
