package dev.cachedcompletion.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The spec grammar, its defaults, and its errors, which never show a password. No server needed. */
class RedisSpecTest {

    private static final String SECRET = "s3cr3t-Pa55";

    @Test
    void theStoreIsFoundThroughTheSpiForEveryScheme() {
        for (String spec : new String[] {"redis://localhost:6379", "rediss://localhost:6380",
                "redis-cluster://a:7000,b:7001", "rediss-cluster://a:7000"}) {
            try (CompletionStore store = StoreFactory.open(spec, "-Dcachedcompletion.store")) {
                assertThat(store).isInstanceOf(RedisStore.class);
            }
        }
    }

    @Test
    void defaults() {
        RedisSettings s = settings("redis://cache.internal");

        assertThat(s.nodes).containsExactly(new RedisSettings.Node("cache.internal", 6379));
        assertThat(s.user).isNull();
        assertThat(s.password).isNull();
        assertThat(s.database).isZero();
        assertThat(s.tls).isFalse();
        assertThat(s.prefix).isEqualTo("cachedcompletion:");
        assertThat(s.defaultTtl).isNull();
        assertThat(s.connectTimeout).isEqualTo(Duration.ofMillis(200));
        assertThat(s.readTimeout).isEqualTo(Duration.ofMillis(200));
        assertThat(s.retryInterval).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.lease).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.maxConnections).isEqualTo(16);
    }

    @Test
    void everyPartAndOption() {
        RedisSettings s = settings("rediss://app:" + SECRET + "@10.0.0.5:6390/3?prefix=myapp:llm:&ttl=7d"
                + "&connectTimeout=50ms&readTimeout=1s&retryInterval=250ms&lease=2m&maxConnections=4");

        assertThat(s.tls).isTrue();
        assertThat(s.nodes).containsExactly(new RedisSettings.Node("10.0.0.5", 6390));
        assertThat(s.user).isEqualTo("app");
        assertThat(s.password).isEqualTo(SECRET);
        assertThat(s.database).isEqualTo(3);
        assertThat(s.prefix).isEqualTo("myapp:llm:");
        assertThat(s.defaultTtl).isEqualTo(Duration.ofDays(7));
        assertThat(s.connectTimeout).isEqualTo(Duration.ofMillis(50));
        assertThat(s.readTimeout).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.retryInterval).isEqualTo(Duration.ofMillis(250));
        assertThat(s.lease).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.maxConnections).isEqualTo(4);
    }

    @Test
    void passwordOnlyPercentEncodingIpv6AndLeaseOff() {
        RedisSettings s = settings("redis://:p%40ss%3Fw%25rd@[::1]:7000?lease=off");

        assertThat(s.user).isNull();
        assertThat(s.password).isEqualTo("p@ss?w%rd");
        assertThat(s.nodes).containsExactly(new RedisSettings.Node("::1", 7000));
        assertThat(s.lease).isNull();
    }

    @Test
    void clusterListsItsNodes() {
        RedisSettings s = settings("redis-cluster://10.0.0.1:7000, 10.0.0.2:7001,node-3.internal");

        assertThat(s.cluster).isTrue();
        assertThat(s.nodes).containsExactly(new RedisSettings.Node("10.0.0.1", 7000),
                new RedisSettings.Node("10.0.0.2", 7001), new RedisSettings.Node("node-3.internal", 6379));
    }

    @Test
    void descriptionNamesTheServersButNeverTheCredentials() {
        assertThat(settings("redis://app:" + SECRET + "@localhost:6390/2").describe())
                .isEqualTo("redis://localhost:6390/2");
        assertThat(settings("rediss-cluster://:" + SECRET + "@a:7000,[::1]:7001").describe())
                .isEqualTo("rediss-cluster://a:7000,[::1]:7001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "redis:localhost:6379                 | needs '//' and a server",
        "redis://                             | no server after 'redis://'",
        "redis://localhost:0                  | the port must be a number from 1 to 65535",
        "redis://localhost:http               | the port must be a number from 1 to 65535",
        "redis://local host                   | is not a host name or IP address",
        "redis://::1:6379                     | write an IPv6 address in brackets",
        "redis://[::1:6379                    | does not close it",
        "redis://a:1,b:2                      | takes one server; list the nodes of a cluster with 'redis-cluster://",
        "redis-cluster://a:1,,b:2             | an empty server address",
        "redis://localhost/x                  | the database after '/' must be a number",
        "redis-cluster://a:1/2                | a Redis cluster has only database 0",
        "redis://localhost?lease=0s           | option 'lease=0s'",
        "redis://localhost?lease=2h           | option 'lease=2h': at most 1h, or off",
        "redis://localhost?readTimeout=1h     | option 'readTimeout=1h': from 1ms to 10m",
        "redis://localhost?maxConnections=0   | option 'maxConnections=0': must be at least 1",
        "redis://localhost?db=2               | unknown option 'db' for store 'redis'",
    })
    void malformedSpecsSayWhatIsWrongAndWhatIsValid(String spec, String problem) {
        assertThatThrownBy(() -> StoreFactory.open(spec, "-Dcachedcompletion.store"))
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("-Dcachedcompletion.store=\"" + spec + "\" is not a valid cache store")
                .hasMessageContaining(problem)
                .hasMessageContaining("redis://[user:password@]host[:port][/db]")
                .hasMessageContaining("redis-cluster://[user:password@]host1:port1,host2:port2");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "redis://app:" + SECRET + "@localhost:99999",     // a bad port after a password
        "redis://app:" + SECRET + "@localhost?bogus=1",   // an unknown option after a password
        "redis://app" + SECRET + "@localhost",            // user info without ':'
        "redis://app:" + SECRET + "%zz@localhost",        // a broken %-escape in the password
        "redis://app:@localhost",                         // an empty password
        "redis://app:" + SECRET + "@local host/3",        // a bad host after a password
    })
    void noErrorMessageShowsThePassword(String spec) {
        assertThatThrownBy(() -> StoreFactory.open(spec, "-Dcachedcompletion.store"))
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageNotContaining(SECRET)
                .hasMessageContaining("redis://***@");
    }

    @Test
    void theRuntimeSaysWhichArtifactAddsRedisSchemes() {
        // Guards the wording the runtime uses when this module is missing; here it is present.
        assertThatThrownBy(() -> StoreFactory.open("redis-sentinel://a:1", "-Dcachedcompletion.store"))
                .hasMessageContaining("unknown store 'redis-sentinel'");
    }

    private static RedisSettings settings(String spec) {
        StoreSpec parsed = StoreSpec.parse(spec);
        return RedisSettings.parse(parsed, parsed.scheme().startsWith("rediss"), parsed.scheme().endsWith("-cluster"));
    }
}
