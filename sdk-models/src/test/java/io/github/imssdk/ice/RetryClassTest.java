package io.github.imssdk.ice;

import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.ice.internal.RequestMarshaller;
import io.github.imssdk.ice.model.IceRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which operations are re-sent after a possible delivery: exactly the README's table, never an
 * operation that acts again when repeated, and a media-convert submit always with a token.
 */
class RetryClassTest {

    /** The README's table: operation to its retry class. */
    private static Map<String, String> readmeTable() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Paths.get("../README.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| operation | retried after a possible delivery |")) {
                inTable = true;
            } else if (inTable && line.startsWith("| ") && !line.startsWith("| ---")) {
                String[] cells = line.split("\\|");
                out.put(cells[1].trim(), cells[2].trim());
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        return out;
    }

    /** Every operation's request as the wire-test cases build it, by action. */
    private static Map<String, IceRequest> requests() {
        Map<String, IceRequest> out = new TreeMap<>();
        InvocationHandler h = (proxy, method, args) -> {
            if (args != null && args.length == 1 && args[0] instanceof Consumer && method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (args != null && args.length == 1 && args[0] instanceof IceRequest) {
                IceRequest r = (IceRequest) args[0];
                out.put(r.action(), r);
            }
            return null;
        };
        IceClient recorder = (IceClient) Proxy.newProxyInstance(IceClient.class.getClassLoader(),
                new Class<?>[] {IceClient.class}, h);
        for (AllOperationsWireTest.Case c : AllOperationsWireTest.cases()) {
            c.call().apply(recorder);
        }
        // the five operations the project started from (their wire tests are in WireFormatTest)
        for (IceRequest r : new IceRequest[] {Fixtures.transcodeJob().build(), Fixtures.recordJob().build(),
                Fixtures.snapshotJob().build(), Fixtures.updateTemplate().build(), Fixtures.convertJob().build()}) {
            out.put(r.action(), r);
        }
        return out;
    }

    private static RpcRequest wire(IceRequest r) throws Exception {
        String action = r.action();
        String method = Character.toLowerCase(action.charAt(0)) + action.substring(1);
        return (RpcRequest) RequestMarshaller.class.getMethod(method, r.getClass()).invoke(null, r);
    }

    @Test
    void everyOperationIsRetriedExactlyAsTheReadmeSays() throws Exception {
        Map<String, String> table = readmeTable();
        Map<String, IceRequest> requests = requests();
        assertThat(table.keySet()).as("one README row per operation").containsExactlyInAnyOrderElementsOf(requests.keySet());
        assertThat(table).hasSize(35);
        for (Map.Entry<String, IceRequest> e : requests.entrySet()) {
            String readme = table.get(e.getKey());
            boolean retried = wire(e.getValue()).idempotent();
            assertThat(retried).as(e.getKey() + ": README says " + readme).isEqualTo(!readme.equals("no"));
            assertThat(readme.contains("ClientToken")).as(e.getKey() + " carries a token")
                    .isEqualTo(wire(e.getValue()).queryParams().containsKey("ClientToken")
                            || wire(e.getValue()).formParams().containsKey("ClientToken"));
        }
    }

    @Test
    void noOperationThatActsAgainWhenRepeatedIsRetriedWithoutAToken() throws Exception {
        for (Map.Entry<String, IceRequest> e : requests().entrySet()) {
            String action = e.getKey();
            boolean actsTwice = action.startsWith("Submit") || action.startsWith("Create")
                    || action.equals("SendLiveSnapshotJobCommand"); // "restart" restarts again
            RpcRequest wire = wire(e.getValue());
            boolean hasToken = wire.queryParams().containsKey("ClientToken") || wire.formParams().containsKey("ClientToken");
            if (actsTwice && !hasToken) {
                assertThat(wire.idempotent()).as(action + " may act twice: never re-sent after a possible delivery").isFalse();
            }
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t"})
    void aMediaConvertSubmitAlwaysSendsANonEmptyToken(String given) throws Exception {
        SubmitMediaConvertJobRequest r = Fixtures.convertJob().clientToken(given).build();
        RpcRequest first = RequestMarshaller.submitMediaConvertJob(r);
        assertThat(first.idempotent()).isTrue();
        assertThat(first.queryParams().get("ClientToken")).isNotBlank().hasSize(36);
        // generated once per call: a second call of the same request object gets its own
        assertThat(RequestMarshaller.submitMediaConvertJob(r).queryParams().get("ClientToken"))
                .isNotEqualTo(first.queryParams().get("ClientToken"));
    }

    @Test
    void aGivenTokenIsSentAsGivenAndItsLengthIsTheServicesToJudge() throws Exception {
        String token = "t".repeat(100); // no length limit on the operation page
        SubmitMediaConvertJobRequest r = Fixtures.convertJob().clientToken(token).build();
        assertThat(RequestMarshaller.submitMediaConvertJob(r).queryParams().get("ClientToken")).isEqualTo(token);
    }
}
