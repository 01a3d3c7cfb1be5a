package io.github.imssdk.examples.recipes;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.GetMediaConvertJobRequest;
import io.github.imssdk.ice.model.GetMediaConvertJobResponse;
import io.github.imssdk.ice.model.ListMediaConvertJobsRequest;
import io.github.imssdk.ice.model.ListMediaConvertJobsResponse;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.IceMockServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

/**
 * The two recipes of the README's "Testing code that uses IceClient", exactly as shown there,
 * each driving a waiter and a paginator through {@link MovieService}.
 */
class TestingRecipesTest {

    // --- the emulator way ---------------------------------------------------------------------

    @RegisterExtension
    final IceMockServerExtension emulator = new IceMockServerExtension();   // a fresh server per test

    @Test
    void withTheEmulator() {
        IceMockServer server = emulator.server();
        server.addMediaConvertJobs(25);                                    // finished jobs, three pages of them
        try (IceClient ice = IceClient.builder()
                .endpointOverride(server.endpoint())
                .credentialsProvider(server.credentialsProvider())
                .build()) {
            MovieService service = new MovieService(ice, Duration.ofMillis(10));
            // the emulator's clock stands still until the test moves it: move it on each poll
            server.onCall("GetMediaConvertJob", call -> server.clock().advance(Duration.ofSeconds(5)));


            String jobId = service.publish("oss://my-bucket/in/movie.mp4", "oss://my-bucket/out/movie/");

            assertThat(server.mediaConvertJobState(jobId)).isEqualTo("Success");
            assertThat(server.calls("SubmitMediaConvertJob")).hasSize(1);
            assertThat(server.calls("GetMediaConvertJob")).hasSizeGreaterThan(1);
            assertThat(service.jobsIn("Success")).isEqualTo(26);
            assertThat(server.calls("ListMediaConvertJobs")).hasSize(3);
        }
    }

    // --- the Mockito way ----------------------------------------------------------------------

    @Test
    void withMockito() {
        // CALLS_REAL_METHODS: waiter(), the paginators and the Consumer overloads run for real,
        // on top of the request-taking methods, which are the only ones to stub.
        IceClient ice = mock(IceClient.class, withSettings().defaultAnswer(CALLS_REAL_METHODS));
        when(ice.submitMediaConvertJob(any(SubmitMediaConvertJobRequest.class)))
                .thenReturn(SubmitMediaConvertJobResponse.builder().job(j -> j.jobId("job-1").state("Inited")).build());
        when(ice.getMediaConvertJob(any(GetMediaConvertJobRequest.class)))
                .thenReturn(GetMediaConvertJobResponse.builder().job(j -> j.jobId("job-1").state("Running")).build())
                .thenReturn(GetMediaConvertJobResponse.builder().job(j -> j.jobId("job-1").state("Success")).build());
        when(ice.listMediaConvertJobs(any(ListMediaConvertJobsRequest.class)))
                .thenReturn(ListMediaConvertJobsResponse.builder().nextPageToken("page-2")
                        .addJob(j -> j.jobId("a").state("Error")).addJob(j -> j.jobId("b").state("Error")).build())
                .thenReturn(ListMediaConvertJobsResponse.builder().addJob(j -> j.jobId("c").state("Error")).build());

        MovieService service = new MovieService(ice, Duration.ofMillis(1));

        assertThat(service.publish("oss://my-bucket/in/movie.mp4", "oss://my-bucket/out/movie/")).isEqualTo("job-1");
        verify(ice, times(2)).getMediaConvertJob(any(GetMediaConvertJobRequest.class));
        assertThat(service.jobsIn("Error")).isEqualTo(3);
        verify(ice, times(2)).listMediaConvertJobs(any(ListMediaConvertJobsRequest.class));
    }
}
