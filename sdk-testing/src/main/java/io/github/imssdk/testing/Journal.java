package io.github.imssdk.testing;

import io.github.imssdk.core.internal.Redactor;
import io.github.imssdk.testing.internal.Incoming;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a received request into a {@link RecordedCall}, masking secrets. */
final class Journal {
    private Journal() {
    }

    static RecordedCall call(Incoming in, String action, String sigVersion, String accessKeyId, int status, String code,
                             String body) {
        return new RecordedCall(action, in.method(), sigVersion, accessKeyId,
                masked(in.query()), masked(in.form()), status, code, body);
    }

    private static Map<String, String> masked(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            out.put(e.getKey(), Redactor.value(e.getKey(), e.getValue()));
        }
        return out;
    }
}
