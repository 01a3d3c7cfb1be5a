package io.github.imssdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.exception.ImsServiceException;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an error response into an {@link ImsServiceException}: the JSON envelope
 * ({@code Code}, {@code Message}, {@code RequestId}, {@code HostId}, {@code Recommend}; lower-case
 * {@code code}/{@code message} too), the XML {@code <Error>} form, and anything else (HTML
 * gateway pages, empty bodies), for which the status is kept and the code is {@code null}.
 * Not part of the public API.
 */
public final class ErrorParser {
    private static final Pattern TITLE = Pattern.compile("(?is)<title>(.*?)</title>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ErrorParser() {
    }

    /**
     * @param service the product code, e.g. {@code ice}
     * @param status the HTTP status
     * @param contentType the {@code Content-Type} header, may be {@code null}
     * @param body the body bytes, may be empty
     * @param headerRequestId the {@code x-acs-request-id} header, may be {@code null}
     * @param retryAfter the {@code x-acs-retry-after} header, may be {@code null}
     * @param secrets what the request carried that must never be shown, should the service echo
     *     it (security token, signature); see {@link Redactor#echo}
     * @return the exception describing the error; every text in it is capped, on one line and
     *     free of secrets
     */
    public static ImsServiceException parse(String service, int status, String contentType, byte[] body,
                                            String headerRequestId, String retryAfter, Collection<String> secrets) {
        JsonNode json = null;
        if (body.length > 0 && firstNonSpace(body) == '{') {
            try {
                json = Json.parse(body);
            } catch (Exception ignored) {
                json = null;
            }
        }
        if (json != null && json.isObject()) {
            String code = first(json, "Code", "code");
            String message = first(json, "Message", "message");
            if (message == null) {
                message = Json.text(json, "Description");
            }
            String requestId = first(json, "RequestId", "requestId");
            return new ImsServiceException(service, status, Redactor.echo(code, secrets), Redactor.echo(message, secrets),
                    Redactor.echo(requestId != null ? requestId : headerRequestId, secrets),
                    Redactor.echo(Json.text(json, "HostId"), secrets), Redactor.echo(Json.text(json, "Recommend"), secrets),
                    retryAfter);
        }
        String text = new String(body, 0, Math.min(body.length, 4 * Redactor.MAX_ECHO), StandardCharsets.UTF_8);
        if (text.contains("<Error>") || text.contains("<Code>")) {
            String code = xml(text, "Code");
            if (code != null) {
                String requestId = xml(text, "RequestId");
                return new ImsServiceException(service, status, Redactor.echo(code, secrets),
                        Redactor.echo(xml(text, "Message"), secrets),
                        Redactor.echo(requestId != null ? requestId : headerRequestId, secrets),
                        Redactor.echo(xml(text, "HostId"), secrets), Redactor.echo(xml(text, "Recommend"), secrets),
                        retryAfter);
            }
        }
        return new ImsServiceException(service, status, null, describe(status, contentType, text, secrets),
                Redactor.echo(headerRequestId, secrets), null, null, retryAfter);
    }

    /**
     * @param status HTTP status
     * @param contentType content type, may be {@code null}
     * @param text the body as text
     * @param secrets what the request carried that must never be shown
     * @return a one-line description of a body that is not the error envelope
     */
    public static String describe(int status, String contentType, String text, Collection<String> secrets) {
        if (text.trim().isEmpty()) {
            return "HTTP " + status + " with an empty body";
        }
        String kind = contentType == null ? "a non-JSON" : "a " + contentType.split(";")[0].trim();
        Matcher m = TITLE.matcher(text);
        String gist = m.find() ? m.group(1) : TAGS.matcher(text).replaceAll(" ");
        gist = SPACE.matcher(gist).replaceAll(" ").trim();
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < gist.length() && clean.length() < 160; i++) {
            char c = gist.charAt(i);
            clean.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (gist.length() > 160) {
            clean.append("...");
        }
        return "HTTP " + status + " with " + Redactor.oneLine(kind) + " body: " + Redactor.echo(clean.toString(), secrets);
    }

    private static String first(JsonNode json, String a, String b) {
        String v = Json.text(json, a);
        return v != null ? v : Json.text(json, b);
    }

    private static String xml(String text, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">(.*?)</" + tag + ">", Pattern.DOTALL).matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }

    private static int firstNonSpace(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }
}
