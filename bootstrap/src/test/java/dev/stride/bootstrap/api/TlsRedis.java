package dev.stride.bootstrap.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service against a Redis that speaks only TLS and requires a password, configured as the Kubernetes material
 * does it ({@code rediss://}, a named TLS configuration trusting the server's CA). The CA and the server's
 * certificate are made for the run with openssl; the server is the {@code redis-server} on the PATH.
 */
public class TlsRedis implements QuarkusTestProfile {

    static final String PASSWORD = "s3cret-tls-redis-password";

    /** Whether this machine can run it: a redis-server built with TLS, and openssl. */
    public static boolean available() {
        return run(List.of("openssl", "version"), Path.of(".")) && run(List.of("redis-server", "--version"),
                Path.of("."));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Server.class));
    }

    private static boolean run(List<String> command, Path directory) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes the certificates and starts the server on a free port; stops it afterwards. */
    public static class Server implements QuarkusTestResourceLifecycleManager {

        static volatile int port;
        private Path directory;

        @Override
        public Map<String, String> start() {
            try {
                directory = Files.createTempDirectory("stride-tls-redis");
                Files.writeString(directory.resolve("ext.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
                require(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key",
                        "-out", "ca.crt", "-days", "2", "-subj", "/CN=stride-test-ca"));
                require(List.of("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "redis.key",
                        "-out", "redis.csr", "-subj", "/CN=localhost"));
                require(List.of("openssl", "x509", "-req", "-in", "redis.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                        "-CAcreateserial", "-out", "redis.crt", "-days", "2", "-extfile", "ext.cnf"));
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                require(List.of("redis-server", "--port", "0", "--tls-port", Integer.toString(port),
                        "--bind", "127.0.0.1", "--tls-cert-file", "redis.crt", "--tls-key-file", "redis.key",
                        "--tls-ca-cert-file", "ca.crt", "--tls-auth-clients", "no", "--requirepass", PASSWORD,
                        "--save", "", "--appendonly", "no", "--daemonize", "yes",
                        "--pidfile", directory.resolve("redis.pid").toString(),
                        "--logfile", directory.resolve("redis.log").toString()));
                return Map.of(
                        "quarkus.redis.hosts", "rediss://localhost:" + port,
                        "quarkus.redis.password", PASSWORD,
                        "quarkus.redis.tls-configuration-name", "redis",
                        "quarkus.tls.redis.trust-store.pem.certs", directory.resolve("ca.crt").toString(),
                        // The Redis client insists on one; HTTPS checks the name against the certificate's.
                        "quarkus.tls.redis.hostname-verification-algorithm", "HTTPS",
                        "stride.sessions.store", "redis");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            try {
                Path pid = directory.resolve("redis.pid");
                if (Files.exists(pid)) {
                    ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(ProcessHandle::destroy);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void require(List<String> command) {
            if (!run(command, directory)) {
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        }
    }
}
