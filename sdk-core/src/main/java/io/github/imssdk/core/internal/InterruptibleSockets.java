package io.github.imssdk.core.internal;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;

/**
 * Sockets whose blocking reads, writes and connects end when the thread blocked in them is
 * interrupted: each is the socket view of a {@link SocketChannel}, an interruptible channel (the
 * interrupt closes it, the blocked operation throws
 * {@link java.nio.channels.ClosedByInterruptException} and the thread's interrupt flag stays
 * set). Timeouts behave as on any socket. Standard JDK API only. Not part of the public API.
 */
public final class InterruptibleSockets extends SocketFactory {
    /** The one instance; it holds no state. */
    public static final InterruptibleSockets INSTANCE = new InterruptibleSockets();

    private InterruptibleSockets() {
    }

    @Override
    public Socket createSocket() throws IOException {
        return SocketChannel.open().socket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    private Socket connected(InetSocketAddress address, InetSocketAddress local) throws IOException {
        Socket s = createSocket();
        s.bind(local);
        s.connect(address);
        return s;
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket s = createSocket();
        s.connect(address);
        return s;
    }
}
