package dev.stride.bootstrap.api;

import dev.stride.testing.servers.TestServers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * A TCP relay in front of a real server (Redis, PostgreSQL) that a test can stop and start again on the same port:
 * to the service, the server goes away (connections drop, new ones are refused) and comes back.
 */
final class ServerProxy {

    private final int port;
    private final IntSupplier targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    private ServerProxy(int port, IntSupplier targetPort) {
        this.port = port;
        this.targetPort = targetPort;
    }

    /** In front of the tests' Redis. */
    static ServerProxy startOnFreePort() {
        return startOnFreePort(TestServers::redisPort);
    }

    /** In front of the server at {@code targetPort}, looked up at each connection. */
    static ServerProxy startOnFreePort(IntSupplier targetPort) {
        try (ServerSocket probe = new ServerSocket(0)) {
            ServerProxy proxy = new ServerProxy(probe.getLocalPort(), targetPort);
            probe.close();
            proxy.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    synchronized void start() {
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress("127.0.0.1", port));
            server = listening;
            Thread acceptor = new Thread(() -> accept(listening), "server-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server is gone: the port refuses connections and every open one is cut. */
    synchronized void stop() {
        closeQuietly(server);
        sockets.forEach(ServerProxy::closeQuietly);
        sockets.clear();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket server = new Socket("127.0.0.1", targetPort.getAsInt());
                sockets.add(client);
                sockets.add(server);
                relay(client, server);
                relay(server, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // one side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "server-proxy-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // already closed
        }
    }
}
