package io.github.imssdk.ice;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsServiceException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Each documented error code arrives as an ImsServiceException with code, message, status and request id. */
class ServiceErrorsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "400|MissingParameter|The input parameter \"TemplateId\" that is mandatory for processing this request is not supplied.",
            "400|InvalidParameter|The specified parameter \"StartMode\" is not valid.",
            "403|Forbidden|User not authorized to operate on the specified resource.",
            "403|OperationDenied|Your account has not enabled the ICE service.",
            "403|UserDisable|User is disable.",
            "404|TemplateNotFound|No such template.",
            "400|InvalidParam.TemplateIdInuse|Parameters: templateId is inuse.",
            "500|InternalError|The request processing has failed due to some unknown error."})
    void documentedErrorCodes(int status, String code, String message) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                    .body("{\"RequestId\":\"req-" + code + "\",\"HostId\":\"ice.cn-shanghai.aliyuncs.com\",\"Code\":\""
                            + code + "\",\"Message\":\"" + message.replace("\"", "\\\"") + "\"}").build());
            try (IceClient ice = IceClient.builder().endpointOverride(server.url("/").uri())
                    .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                    .retryPolicy(RetryPolicy.none()).build()) {
                ImsServiceException e = catchThrowableOfType(ImsServiceException.class,
                        () -> ice.updateLiveTranscodeTemplate(Fixtures.updateTemplate().build()));
                assertThat(e.statusCode()).isEqualTo(status);
                assertThat(e.errorCode()).isEqualTo(code);
                assertThat(e.errorMessage()).isEqualTo(message);
                assertThat(e.requestId()).isEqualTo("req-" + code);
                assertThat(e.service()).isEqualTo("ice");
                assertThat(e.getMessage()).endsWith("(Service: ice, Status: " + status + ", Code: " + code
                        + ", RequestId: req-" + code + ")");
            }
        }
    }
}
