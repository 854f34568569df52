package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreProvider;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoreSpecException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * {@code sqlite:<path>[?busyTimeout=<duration>&maxBytes=<size>&ttl=<duration>&lease=<duration>|off]}. A
 * relative path is resolved against the working directory, like {@code .langchain.db}.
 * {@code busyTimeout} (default 500ms) bounds how long a call waits for another process's write before
 * it gives up and runs as a miss. {@code maxBytes} (default none, at least 1m) is the size the file and
 * its WAL are kept near, by evicting the oldest entries in the background. {@code lease} (default 30s,
 * at most 1h, as for Redis) is how long one process may hold the right to compute a key while the
 * others wait for its answer; {@code off} lets every process compute its own misses.
 */
public final class SqliteStoreProvider implements StoreProvider {

    /** How long a call waits for another writer by default. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofMillis(500);
    /** How long a process may hold the right to compute a key by default. */
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    /** Waiters wait up to twice the lease: a lease longer than any model call only delays them after a crash. */
    static final Duration MAX_LEASE = Duration.ofHours(1);

    @Override
    public String scheme() {
        return "sqlite";
    }

    @Override
    public String usage() {
        return "sqlite:<path, e.g. .completions.db>[?busyTimeout=<duration, e.g. 500ms>&maxBytes=<size, e.g. 256m>"
                + "&ttl=<duration>&lease=<duration, e.g. 30s, or off>]";
    }

    @Override
    public CompletionStore open(StoreSpec spec) {
        String location = spec.location().trim();
        if (location.isEmpty()) {
            throw new StoreSpecException("'sqlite' needs a file path after 'sqlite:'");
        }
        if (location.equals(":memory:") || location.startsWith("file:")) {
            throw new StoreSpecException("'sqlite' takes a plain file path, not '" + location + "'");
        }
        spec.requireOnlyOptions(Set.of("busyTimeout", "maxBytes", "ttl", "lease"));
        requireDriver();
        Duration busyTimeout = spec.duration("busyTimeout", DEFAULT_BUSY_TIMEOUT);
        Duration ttl = spec.duration("ttl", null);
        long maxBytes = spec.bytes("maxBytes", SqliteBound.NONE);
        if (maxBytes != SqliteBound.NONE && maxBytes < SqliteBound.MIN_BYTES) {
            throw new StoreSpecException("option 'maxBytes=" + spec.options().get("maxBytes") + "': a SQLite file needs"
                    + " at least 1m (its WAL journal alone may hold 256k); use 1m or more, or leave maxBytes out");
        }
        Duration lease = lease(spec);
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            throw new StoreSpecException("'" + location + "' is not a valid file path: " + e.getReason());
        }
        return new SqliteStore(path, busyTimeout, ttl, new SqliteBound(maxBytes), lease);
    }

    /** The {@code lease} option: a duration up to {@link #MAX_LEASE}, or {@code null} for {@code off}. */
    private static Duration lease(StoreSpec spec) {
        if ("off".equals(spec.options().get("lease"))) {
            return null;
        }
        Duration lease = spec.duration("lease", DEFAULT_LEASE);
        if (lease.compareTo(MAX_LEASE) > 0) {
            throw new StoreSpecException("option 'lease=" + spec.options().get("lease") + "': at most 1h, or off");
        }
        return lease;
    }

    private static void requireDriver() {
        try {
            Class.forName("org.sqlite.JDBC", false, SqliteStoreProvider.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new StoreSpecException("'sqlite' needs org.xerial:sqlite-jdbc on the class path (a dependency of "
                    + "cached-completion-runtime: was it excluded?)");
        }
    }
}
