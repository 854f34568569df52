package dev.cachedcompletion.internal.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A store whose server is not there: it opens, then fails fast per call, and never shows the password. */
class RedisUnavailableTest {

    private static final SyntheticSite ASK = SyntheticSite.strings("down.Service#ask(java.lang.String)", 1);

    @ParameterizedTest
    @ValueSource(strings = {"redis", "redis-cluster"})
    void theFirstCallFailsOnTheNetworkAndTheNextOnesWithoutIt(String scheme) throws Exception {
        try (CompletionStore store = StoreFactory.open(scheme + "://app:hunter2@127.0.0.1:" + closedPort()
                + "?retryInterval=1h", "test")) {
            assertThatThrownBy(() -> store.get(ASK.keyOf("q")))
                    .isInstanceOf(RedisStoreException.class)
                    .hasMessageStartingWith(scheme + "://127.0.0.1:")
                    .hasMessageNotContaining("hunter2");

            long start = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                assertThatThrownBy(() -> store.put(ASK.keyOf("q"), StoredValue.ofBytes("v".getBytes(UTF_8)), null))
                        .isInstanceOf(RedisStoreException.class)
                        .hasMessageContaining("is unavailable")
                        .hasMessageNotContaining("hunter2");
            }
            double microsPerCall = (System.nanoTime() - start) / 1e3 / 1000;

            assertThat(microsPerCall).as("µs per call while the circuit is open").isLessThan(500);
            assertThat(((LeasingStore) store).acquireLease(ASK.keyOf("q"))).isSameAs(Lease.UNCOORDINATED);
            assertThat(store.describe()).doesNotContain("hunter2");
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
