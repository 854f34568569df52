package dev.cachedcompletion.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rediss://} against a real redis-server with TLS on, whose certificate (made here with the
 * JDK's keytool) names {@code localhost}. The JVM trusts it the way an application would be told to:
 * through the default trust store. Always on a server of its own.
 */
class RedisTlsTest {

    private static final SyntheticSite ASK = SyntheticSite.strings("tls.Service#ask(java.lang.String)", 1);
    private static final String PASSWORD = "changeit";

    private static RedisServer server;
    private static int tlsPort;

    @BeforeAll
    static void startTlsServer() throws Exception {
        Path dir = Files.createTempDirectory(RedisServer.workDirectory(), "tls");
        Path keystore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "redis", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, PASSWORD.toCharArray());
        }
        Path cert = pem(dir.resolve("cert.pem"), "CERTIFICATE", store.getCertificate("redis").getEncoded());
        Path key = pem(dir.resolve("key.pem"), "PRIVATE KEY",
                ((PrivateKey) store.getKey("redis", PASSWORD.toCharArray())).getEncoded());
        trustOnly(store.getCertificate("redis"));

        tlsPort = freePort();
        server = RedisServer.start("--tls-port", String.valueOf(tlsPort), "--tls-cert-file", cert.toString(),
                "--tls-key-file", key.toString(), "--tls-ca-cert-file", cert.toString(), "--tls-auth-clients", "no");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void entriesGoOverTls() {
        try (CompletionStore store = StoreFactory.open("rediss://localhost:" + tlsPort + "?" + TestRedis.PATIENT
                + "&prefix=" + TestRedis.uniquePrefix(), "test")) {
            store.put(ASK.keyOf("q"), StoredValue.ofBytes("over TLS".getBytes(UTF_8)), null);

            assertThat(new String(store.get(ASK.keyOf("q")).bytes(), UTF_8)).isEqualTo("over TLS");
            store.clear();
        }
    }

    @Test
    void aCertificateForAnotherHostNameIsRefused() {
        // The certificate names localhost, not 127.0.0.1: the store checks the name, as HTTPS does.
        try (CompletionStore store = StoreFactory.open("rediss://127.0.0.1:" + tlsPort + "?" + TestRedis.PATIENT,
                "test")) {
            assertThatThrownBy(() -> store.get(ASK.keyOf("q"))).hasStackTraceContaining("SSLHandshakeException");
        }
    }

    /** The default SSL context, which Jedis uses for rediss://, trusts this certificate. */
    private static void trustOnly(Certificate certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("redis", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        SSLContext.setDefault(context);
    }

    private static Path pem(Path file, String type, byte[] der) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(UTF_8)).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
