package dev.stride.testing.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP receiver on a free loopback port (the JDK's own server): records every request and answers with the
 * statuses a test queued, 204 when none is left. {@link #hang} makes it take requests and never answer, like a
 * receiver whose process is stuck; {@link #redirectTo} answers 302.
 */
public final class TestReceiver implements AutoCloseable {

    /** A request as received; header names lower-cased. */
    public record Received(String method, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> statuses = new ArrayDeque<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean hanging;
    private int hangFirst;
    private volatile String redirect;

    private TestReceiver(HttpServer server) {
        this.server = server;
    }

    public static TestReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestReceiver receiver = new TestReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test receiver", e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public synchronized TestReceiver answering(Integer... codes) {
        statuses.addAll(List.of(codes));
        return this;
    }

    public TestReceiver hang() {
        hanging = true;
        return this;
    }

    /** Takes the next {@code count} requests and never answers them (a sender killed mid-attempt), then answers. */
    public synchronized TestReceiver hangFirst(int count) {
        hangFirst = count;
        return this;
    }

    public TestReceiver redirectTo(String location) {
        redirect = location;
        return this;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests arrived; they are returned. */
    public List<Received> awaitRequests(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (received.size() < count) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " requests within " + timeout + ", got "
                            + received.size() + ": " + received);
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return List.copyOf(received);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                List.copyOf(values)));
        int status;
        boolean hangThisOne;
        synchronized (this) {
            hangThisOne = hangFirst > 0;
            if (hangThisOne) {
                hangFirst--;
            }
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers,
                    body));
            notifyAll();
            status = statuses.isEmpty() ? 204 : statuses.poll();
        }
        if (hanging || hangThisOne) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (redirect != null) {
            exchange.getResponseHeaders().add("Location", redirect);
            status = 302;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
