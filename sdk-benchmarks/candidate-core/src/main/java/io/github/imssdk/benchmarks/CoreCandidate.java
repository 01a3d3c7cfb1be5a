package io.github.imssdk.benchmarks;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;

/** The legacy aliyun-java-sdk-core 4.7.10 with a CommonRequest (V1 signing). */
public final class CoreCandidate implements Candidate {
    private DefaultAcsClient client;
    private String hostPort;

    @Override
    public void setUp(String hostPort) {
        this.hostPort = hostPort;
        client = new DefaultAcsClient(DefaultProfile.getProfile("cn-shanghai", "id", "secret"));
    }

    @Override
    public String call() throws Exception {
        CommonRequest r = new CommonRequest();
        r.setSysMethod(MethodType.POST);
        r.setSysProtocol(ProtocolType.HTTP);
        r.setSysDomain(hostPort);
        r.setSysVersion("2020-11-09");
        r.setSysAction("SubmitLiveTranscodeJob");
        r.putQueryParameter("Name", "task1");
        r.putQueryParameter("TemplateId", "96e8864746a0b6f3");
        r.putQueryParameter("StartMode", "0");
        r.putQueryParameter("StreamInput", "{\"Type\":\"rtmp\",\"InputUrl\":\"rtmp://d/app/s\"}");
        r.putQueryParameter("TranscodeOutput", "{\"Type\":\"LiveCenter\",\"DomainName\":\"d\"}");
        CommonResponse resp = client.getCommonResponse(r);
        return resp.getData();
    }

    /** @param args see {@link Bench} */
    public static void main(String[] args) throws Exception {
        Bench.main(args, new CoreCandidate());
    }
}
