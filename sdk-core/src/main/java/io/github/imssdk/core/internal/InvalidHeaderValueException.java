package io.github.imssdk.core.internal;

import java.util.Locale;

/**
 * A value the signers would put into an HTTP header holds a character HTTP header values cannot
 * carry (anything but printable ASCII and tab: the rule OkHttp enforces). The message names the
 * value's source, the header, the character and its position, never the value itself: it may be
 * a security token. The client turns it into an {@code ImsClientException} before anything is
 * sent. Not part of the public API.
 */
public final class InvalidHeaderValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private InvalidHeaderValueException(String message) {
        super(message);
    }

    /**
     * @param header the header's name
     * @param value the value
     * @param index the position of the first character the rule refuses
     * @return the exception
     */
    static InvalidHeaderValueException at(String header, String value, int index) {
        return new InvalidHeaderValueException(String.format(Locale.ROOT,
                "%s holds the character U+%04X at index %d; the %s header it goes into allows only printable "
                        + "ASCII and tab", source(header), (int) value.charAt(index), index, header));
    }

    /**
     * Checks a value before it goes into a header.
     *
     * @param header the header's name
     * @param value the value
     * @return the value
     * @throws InvalidHeaderValueException when it holds a character a header cannot carry
     */
    static String check(String header, String value) {
        int bad = firstInvalid(value);
        if (bad >= 0) {
            throw at(header, value, bad);
        }
        return value;
    }

    /** @return the index of the first character outside printable ASCII and tab, or -1 */
    static int firstInvalid(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            if (!allowed(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean allowed(char c) {
        return c >= 0x20 ? c < 0x7f : c == '\t';
    }

    private static String source(String header) {
        switch (header) {
            case "x-acs-security-token":
                return "The credentials' security token";
            case "x-acs-accesskey-id":
            case "Authorization":
                return "The credentials' AccessKey id";
            case "x-acs-signature-nonce":
                return "The signature nonce";
            case "x-acs-action":
                return "The action name";
            case "x-acs-version":
                return "The API version";
            default:
                return "The value of " + header;
        }
    }
}
