package io.github.imssdk.testing.internal;

/** An error the emulator answers, in the service's envelope. Not part of the public API. */
public final class MockError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /**
     * @param status HTTP status
     * @param code error code
     * @param message error message
     */
    public MockError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the error code */
    public String code() {
        return code;
    }

    /** @param name the parameter @return {@code MissingParameter} for it */
    public static MockError missing(String name) {
        return new MockError(400, "MissingParameter",
                "The input parameter \"" + name + "\" that is mandatory for processing this request is not supplied.");
    }

    /** @param name the parameter @param why what is wrong @return {@code InvalidParameter} for it */
    public static MockError invalid(String name, String why) {
        return new MockError(400, "InvalidParameter", "The specified parameter \"" + name + "\" is not valid. " + why);
    }
}
