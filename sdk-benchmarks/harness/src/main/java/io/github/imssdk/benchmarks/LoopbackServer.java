package io.github.imssdk.benchmarks;

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
    private final long answerDelayMillis;

    /** @throws IOException when it cannot listen */
    public LoopbackServer() throws IOException {
        this(0);
    }

    /**
     * @param answerDelayMillis how long each answer waits after its request has arrived, as a
     *     real service's processing time (0: answer at once)
     * @throws IOException when it cannot listen
     */
    public LoopbackServer(long answerDelayMillis) throws IOException {
        this.answerDelayMillis = answerDelayMillis;
        server = new ServerSocket(0, 1024, InetAddress.getByName("127.0.0.1"));
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
        // Parses straight from a byte buffer (no per-byte stream calls, no String per header
        // line), so that the server's cost per request byte is small and the same for everyone.
        try (Socket socket = s; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            Conn c = new Conn(in);
            while (true) {
                int end = c.headerEnd();
                if (end < 0) {
                    return;
                }
                long length = 0;
                boolean chunked = false;
                int line = c.pos;
                while (line < end) {
                    int eol = c.indexOfCrlf(line, end);
                    if (startsWithIgnoreCase(c.buf, line, eol, "content-length:")) {
                        length = Long.parseLong(new String(c.buf, line + 15, eol - line - 15, StandardCharsets.US_ASCII).trim());
                    } else if (startsWithIgnoreCase(c.buf, line, eol, "transfer-encoding:")) {
                        chunked = new String(c.buf, line, eol - line, StandardCharsets.US_ASCII)
                                .toLowerCase(Locale.ROOT).contains("chunked");
                    }
                    line = eol + 2;
                }
                c.pos = end + 2;
                if (chunked) {
                    while (true) {
                        String sizeLine = c.readLine();
                        long size = Long.parseLong(sizeLine.trim().split(";")[0], 16);
                        c.skip(size);
                        c.readLine();
                        if (size == 0) {
                            break;
                        }
                    }
                } else {
                    c.skip(length);
                }
                if (answerDelayMillis > 0) {
                    try {
                        Thread.sleep(answerDelayMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                out.write(RESPONSE);
                out.flush();
                requests.incrementAndGet();
            }
        } catch (IOException | RuntimeException e) {
            // the client closed the connection
        }
    }

    private static boolean startsWithIgnoreCase(byte[] b, int from, int to, String prefix) {
        int n = prefix.length();
        if (to - from < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (Character.toLowerCase((char) b[from + i]) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A connection's read buffer: {@code buf[pos..limit)} holds bytes received and not consumed. */
    private static final class Conn {
        final InputStream in;
        byte[] buf = new byte[16384];
        int pos;
        int limit;

        Conn(InputStream in) {
            this.in = in;
        }

        /** @return the index of the empty line's CR ending the request head (the head starts at pos), or -1 at EOF */
        int headerEnd() throws IOException {
            while (true) {
                // the head ends at CRLF CRLF (rescanned from its start after each read: heads are small)
                for (int i = pos; i + 3 < limit; i++) {
                    if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
                        return i + 2;
                    }
                }
                if (!fill()) {
                    return -1;
                }
            }
        }

        int indexOfCrlf(int from, int to) {
            for (int i = from; i + 1 <= to; i++) {
                if (buf[i] == '\r' && buf[i + 1] == '\n') {
                    return i;
                }
            }
            return to;
        }

        String readLine() throws IOException {
            while (true) {
                for (int i = pos; i + 1 < limit; i++) {
                    if (buf[i] == '\r' && buf[i + 1] == '\n') {
                        String line = new String(buf, pos, i - pos, StandardCharsets.US_ASCII);
                        pos = i + 2;
                        return line;
                    }
                }
                if (!fill()) {
                    throw new IOException("eof");
                }
            }
        }

        void skip(long n) throws IOException {
            while (n > 0) {
                if (pos == limit && !fill()) {
                    throw new IOException("eof");
                }
                int k = (int) Math.min(n, limit - pos);
                pos += k;
                n -= k;
            }
        }

        /** Reads more bytes, compacting or growing the buffer first. @return false at EOF */
        boolean fill() throws IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                return false;
            }
            limit += n;
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}
