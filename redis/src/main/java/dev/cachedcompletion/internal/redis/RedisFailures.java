package dev.cachedcompletion.internal.redis;

import java.io.IOException;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/** Tells a Redis that is unavailable from an error about one key or one command. */
final class RedisFailures {

    /** Error replies that mean the whole server (or cluster) cannot serve us right now. */
    private static final String[] SERVER_WIDE_REPLIES = {
        "LOADING", "MASTERDOWN", "CLUSTERDOWN", "BUSY", "NOAUTH", "WRONGPASS"
    };

    private RedisFailures() {
    }

    /**
     * Whether {@code failure} means Redis is unavailable: it could not be reached or did not answer in
     * time, refuses our credentials, or answers that it cannot serve anyone (loading, cluster down,
     * busy script). Such failures open the circuit. An error reply about one key or one kind of command
     * (a foreign value of another type under our prefix, writes refused at maxmemory or on a replica)
     * does not: it fails fast on its own, and reads may still work.
     */
    static boolean isOutage(Throwable failure) {
        if (failure instanceof JedisAccessControlException) {
            return true;
        }
        if (failure instanceof JedisDataException) {
            String message = String.valueOf(failure.getMessage());
            for (String reply : SERVER_WIDE_REPLIES) {
                if (message.startsWith(reply)) {
                    return true;
                }
            }
            return false;
        }
        // Connection and timeout failures, pool and cluster errors (no reachable node, retries exhausted).
        return failure instanceof JedisException || failure instanceof IOException;
    }
}
