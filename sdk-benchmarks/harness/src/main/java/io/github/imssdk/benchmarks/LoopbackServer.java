package io.github.imssdk.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with a fixed
 * SubmitLiveTranscodeJob success, over keep-alive connections, with Nagle off. It checks no
 * signature: every candidate gets the same, cheap answer, so differences are the clients'.
 */
public final class LoopbackServer implements AutoCloseable {
    private static final byte[] BODY = "{\"RequestId\":\"5F3B1A2C-0E1A-586A-AC29-742247B6D1E0\",\"JobId\":\"20b48fb04483915d4f2cd8ac35e1d93a\"}"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\n"
            + "Content-Length: " + BODY.length + "\r\nx-acs-request-id: 5F3B1A2C-0E1A-586A-AC29-742247B6D1E0\r\n\r\n"
            + new String(BODY, StandardCharsets.US_ASCII)).getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-server");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong requests = new AtomicLong();

    /** @throws IOException when it cannot listen */
    public LoopbackServer() throws IOException {
        server = new ServerSocket(0, 128, InetAddress.getByName("127.0.0.1"));
        pool.execute(this::acceptLoop);
    }

    /** @return {@code 127.0.0.1:port} */
    public String hostPort() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** @return requests answered so far */
    public long requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                pool.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (Socket socket = s; InputStream in = new BufferedInputStream(socket.getInputStream(), 16384);
             OutputStream out = socket.getOutputStream()) {
            while (true) {
                long length = 0;
                boolean chunked = false;
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                while (!(line = readLine(in)).isEmpty()) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Long.parseLong(lower.substring(15).trim());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    }
                }
                if (chunked) {
                    while (true) {
                        long size = Long.parseLong(readLine(in).trim().split(";")[0], 16);
                        skip(in, size);
                        readLine(in);
                        if (size == 0) {
                            break;
                        }
                    }
                } else {
                    skip(in, length);
                }
                out.write(RESPONSE);
                out.flush();
                requests.incrementAndGet();
            }
        } catch (IOException | RuntimeException e) {
            // the client closed the connection
        }
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long k = in.skip(n);
            if (k <= 0) {
                if (in.read() < 0) {
                    throw new IOException("eof");
                }
                k = 1;
            }
            n -= k;
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
