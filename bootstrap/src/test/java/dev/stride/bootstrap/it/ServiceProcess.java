package dev.stride.bootstrap.it;

import static io.restassured.RestAssured.given;

import dev.stride.testing.Eventually;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Another instance of the packaged application, started by a test with the settings every instance shares: a
 * replica, or the same service after a restart. Closing it stops it as Kubernetes would, with SIGTERM.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String PASSWORD = "correct horse battery";

    private final Process process;
    private final Path output;
    final int port;
    final int managementPort;

    private ServiceProcess(Process process, Path output, int port, int managementPort) {
        this.process = process;
        this.output = output;
        this.port = port;
        this.managementPort = managementPort;
    }

    static ServiceProcess start() throws Exception {
        return start(Map.of());
    }

    /** An instance with the shared settings, some of them replaced or added by {@code settings}. */
    static ServiceProcess start(Map<String, String> settings) throws Exception {
        ProductionSettings.writeKeysIfMissing();
        Map<String, String> all = new java.util.TreeMap<>(ProductionSettings.shared());
        all.putAll(settings);
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort));
        for (Map.Entry<String, String> setting : all.entrySet()) {
            command.add("-D" + setting.getKey() + "=" + setting.getValue());
        }
        command.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
        Path output = Files.createTempFile("stride-instance", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        ServiceProcess instance = new ServiceProcess(process, output, port, managementPort);
        instance.awaitReady(managementPort);
        return instance;
    }

    private void awaitReady(int managementPort) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        boolean isReady = Eventually.holds(START_TIMEOUT, Duration.ofMillis(250), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the instance stopped while starting:\n" + Files.readString(output));
            }
            try {
                return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException notYet) {
                return false; // not listening yet
            }
        });
        if (isReady) {
            return;
        }
        close();
        throw new IllegalStateException("the instance was not ready in " + START_TIMEOUT + ":\n"
                + Files.readString(output));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Registers a new user on this instance and logs it in: its access token. */
    String newUserToken() {
        Map<String, String> credentials = Map.of("email", "it-" + UUID.randomUUID() + "@example.com",
                "password", PASSWORD);
        given().port(port).contentType(ContentType.JSON).body(credentials).post("/api/v1/auth/register")
                .then().statusCode(201);
        return given().port(port).contentType(ContentType.JSON).body(credentials).post("/api/v1/auth/login")
                .then().statusCode(200).extract().path("accessToken");
    }

    /** Sends SIGTERM, as Kubernetes does to stop a pod, and returns at once. */
    void signalTerminate() {
        process.destroy();
    }

    /** Sends SIGTERM and waits for the process to exit: how long that took. */
    Duration terminate() throws InterruptedException {
        long start = System.nanoTime();
        signalTerminate();
        if (!awaitExit(Duration.ofSeconds(40))) {
            throw new IllegalStateException("still running 40 s after SIGTERM");
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** SIGKILL: the process gets no chance to finish anything, as when a node dies or the OOM killer strikes. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
