package io.github.imssdk.ice;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.UnresolvedEndpointException;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A host name built from a region id that does not resolve: the error says the region id may be
 * wrong and lists the documented ones. The resolver here answers "no such host" for everything,
 * so nothing leaves the machine.
 */
class UnresolvedRegionTest {
    final List<String> looked = new CopyOnWriteArrayList<>();
    final OkHttpClient noDns = new OkHttpClient.Builder().dns(host -> {
        looked.add(host);
        throw new UnknownHostException(host + ": Name or service not known");
    }).build();

    IceClient client(String region) {
        return IceClient.builder().region(region).httpClient(noDns).retryPolicy(RetryPolicy.none())
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build();
    }

    @Test
    void aMistypedRegionIsNamedWithTheDocumentedOnes() {
        try (IceClient ice = client("cn-shangai")) {
            UnresolvedEndpointException e = catchThrowableOfType(UnresolvedEndpointException.class,
                    () -> ice.getMediaConvertJob(b -> b.jobId("j")));
            assertThat(looked).containsOnly("ice.cn-shangai.aliyuncs.com");
            assertThat(e.host()).isEqualTo("ice.cn-shangai.aliyuncs.com");
            assertThat(e.region()).isEqualTo("cn-shangai");
            assertThat(e.knownRegions()).containsExactly("ap-southeast-1", "cn-beijing", "cn-hangzhou", "cn-shanghai",
                    "cn-shenzhen", "us-west-1");
            assertThat(e.getMessage()).contains("ice.cn-shangai.aliyuncs.com does not resolve")
                    .contains("region id 'cn-shangai', which may be wrong")
                    .contains("ice is documented in ap-southeast-1, cn-beijing, cn-hangzhou, cn-shanghai, cn-shenzhen, us-west-1")
                    .contains("endpointOverride");
            assertThat(e.getCause()).isInstanceOf(UnknownHostException.class);
        }
    }

    @Test
    void aDocumentedRegionThatDoesNotResolvePointsAtTheNetwork() {
        try (IceAsyncClient ice = IceAsyncClient.builder().region("cn-shanghai").httpClient(noDns)
                .retryPolicy(RetryPolicy.none()).credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .build()) {
            Throwable t = catchThrowableOfType(java.util.concurrent.ExecutionException.class,
                    () -> ice.getMediaConvertJob(b -> b.jobId("j")).get(30, java.util.concurrent.TimeUnit.SECONDS)).getCause();
            assertThat(t).isInstanceOf(UnresolvedEndpointException.class);
            assertThat(t.getMessage()).contains("'cn-shanghai' is a documented region of ice")
                    .contains("check this machine's DNS and network").doesNotContain("may be wrong");
        }
    }
}
