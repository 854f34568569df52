package dev.cachedcompletion.internal.redis;

import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoreSpecException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A parsed Redis spec: {@code scheme://[user:password@]host[:port][,host[:port]...][/db][?options]}.
 * Which servers, how to log in, and the store's options. Immutable.
 *
 * <p>The password is never part of a message or a description: errors about the user info say what is
 * wrong without quoting it. User and password are percent-decoded, as in any URL ({@code %40} for
 * {@code @}, {@code %3F} for {@code ?}, {@code %25} for {@code %}).
 */
final class RedisSettings {

    static final int DEFAULT_PORT = 6379;
    static final String DEFAULT_PREFIX = "cachedcompletion:";
    static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(200);
    static final Duration DEFAULT_READ_TIMEOUT = Duration.ofMillis(200);
    static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(1);
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    static final int DEFAULT_MAX_CONNECTIONS = 16;
    static final Duration MAX_LEASE = Duration.ofHours(1);

    static final Set<String> OPTIONS = Set.of(
            "prefix", "ttl", "connectTimeout", "readTimeout", "retryInterval", "lease", "maxConnections");

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9._-]+)?");
    private static final int MAX_PREFIX_LENGTH = 200;

    /** One server address. {@code host} is a name or an IP address (IPv6 without brackets). */
    record Node(String host, int port) {
        @Override
        public String toString() {
            return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        }
    }

    final String scheme;
    final boolean tls;
    final boolean cluster;
    final List<Node> nodes;
    final String user;
    final String password;
    final int database;
    final String prefix;
    final Duration defaultTtl;
    final Duration connectTimeout;
    final Duration readTimeout;
    final Duration retryInterval;
    /** How long one process may hold the right to compute a key; {@code null}: no lease, each process computes. */
    final Duration lease;
    final int maxConnections;

    private RedisSettings(StoreSpec spec, boolean tls, boolean cluster) {
        this.scheme = spec.scheme();
        this.tls = tls;
        this.cluster = cluster;
        String location = spec.location();
        if (!location.startsWith("//")) {
            throw new StoreSpecException("'" + scheme + "' needs '//' and a server after '" + scheme + ":', as in "
                    + scheme + "://" + (cluster ? "host1:6379,host2:6379" : "localhost:6379"));
        }
        String rest = location.substring(2);
        int at = rest.lastIndexOf('@');
        String[] credentials = at < 0 ? new String[] {null, null} : credentials(rest.substring(0, at));
        this.user = credentials[0];
        this.password = credentials[1];
        rest = rest.substring(at + 1);
        int slash = rest.indexOf('/');
        this.nodes = nodes(slash < 0 ? rest : rest.substring(0, slash));
        this.database = database(slash < 0 ? "" : rest.substring(slash + 1));

        spec.requireOnlyOptions(OPTIONS);
        this.prefix = prefix(spec.options().getOrDefault("prefix", DEFAULT_PREFIX));
        this.defaultTtl = spec.duration("ttl", null);
        this.connectTimeout = timeout(spec, "connectTimeout", DEFAULT_CONNECT_TIMEOUT);
        this.readTimeout = timeout(spec, "readTimeout", DEFAULT_READ_TIMEOUT);
        this.retryInterval = spec.duration("retryInterval", DEFAULT_RETRY_INTERVAL);
        this.lease = "off".equals(spec.options().get("lease")) ? null : spec.duration("lease", DEFAULT_LEASE);
        if (lease != null && lease.compareTo(MAX_LEASE) > 0) {
            // Waiters wait up to the lease: a lease longer than any model call only delays them after a crash.
            throw new StoreSpecException("option 'lease=" + spec.options().get("lease") + "': at most 1h, or off");
        }
        long connections = spec.positiveNumber("maxConnections", DEFAULT_MAX_CONNECTIONS);
        if (connections > 1024) {
            throw new StoreSpecException("option 'maxConnections=" + connections + "': at most 1024");
        }
        this.maxConnections = (int) connections;
    }

    /** Validates {@code spec} for a provider of the given kind. */
    static RedisSettings parse(StoreSpec spec, boolean tls, boolean cluster) {
        return new RedisSettings(spec, tls, cluster);
    }

    /** The store as logs and errors show it: scheme, servers and database, never the user info. */
    String describe() {
        StringJoiner servers = new StringJoiner(",", scheme + "://", cluster ? "" : "/" + database);
        nodes.forEach(n -> servers.add(n.toString()));
        return servers.toString();
    }

    private String[] credentials(String userInfo) {
        // Never quote userInfo in a message: it holds the password.
        int colon = userInfo.indexOf(':');
        if (colon < 0) {
            throw new StoreSpecException("the user info before '@' must be 'user:password' or ':password' "
                    + "(the value is not shown because it may hold a password)");
        }
        String name = decode(userInfo.substring(0, colon), "user name");
        String secret = decode(userInfo.substring(colon + 1), "password");
        if (secret.isEmpty()) {
            throw new StoreSpecException("the password after 'user:' is empty");
        }
        return new String[] {name.isEmpty() ? null : name, secret};
    }

    private List<Node> nodes(String text) {
        if (text.isEmpty()) {
            throw new StoreSpecException("no server after '" + scheme + "://'");
        }
        String[] parts = text.split(",", -1);
        if (parts.length > 1 && !cluster) {
            throw new StoreSpecException("'" + scheme + "' takes one server; list the nodes of a cluster with '"
                    + (tls ? "rediss" : "redis") + "-cluster://host1:port1,host2:port2'");
        }
        List<Node> list = new ArrayList<>();
        for (String part : parts) {
            list.add(node(part.trim()));
        }
        return List.copyOf(list);
    }

    private static Node node(String text) {
        if (text.isEmpty()) {
            throw new StoreSpecException("an empty server address (two commas in a row, or one at an end)");
        }
        String host;
        String port;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new StoreSpecException("server '" + text + "' opens '[' for an IPv6 address but does not close it");
            }
            host = text.substring(1, close);
            String after = text.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw new StoreSpecException("server '" + text + "': expected ':port' after ']'");
            }
            port = after.isEmpty() ? null : after.substring(1);
            if (!IPV6.matcher(host).matches()) {
                throw new StoreSpecException("server '" + text + "': '" + host + "' is not an IPv6 address");
            }
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
                throw new StoreSpecException("server '" + text + "': write an IPv6 address in brackets, as in [::1]:6379");
            }
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
            if (!HOST_NAME.matcher(host).matches()) {
                throw new StoreSpecException("server '" + text + "': '" + host + "' is not a host name or IP address");
            }
        }
        return new Node(host, port == null ? DEFAULT_PORT : port(text, port));
    }

    private static int port(String server, String text) {
        int port;
        try {
            port = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new StoreSpecException("server '" + server + "': the port must be a number from 1 to 65535");
        }
        return port;
    }

    private int database(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int db;
        try {
            db = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            db = -1;
        }
        if (db < 0) {
            throw new StoreSpecException("the database after '/' must be a number such as 0, not '" + text + "'");
        }
        if (cluster && db != 0) {
            throw new StoreSpecException("a Redis cluster has only database 0, not " + db);
        }
        return db;
    }

    private static String prefix(String text) {
        if (text.length() > MAX_PREFIX_LENGTH) {
            throw new StoreSpecException("option 'prefix' is longer than " + MAX_PREFIX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new StoreSpecException("option 'prefix=" + text + "': no spaces or control characters");
            }
        }
        return text;
    }

    private static Duration timeout(StoreSpec spec, String name, Duration fallback) {
        Duration d = spec.duration(name, fallback);
        if (d.toMillis() < 1 || d.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new StoreSpecException("option '" + name + "=" + spec.options().get(name) + "': from 1ms to 10m");
        }
        return d;
    }

    /** Percent-decodes one part of the user info; the message never quotes it. */
    private static String decode(String text, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                out.write(raw[i]);
                continue;
            }
            int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (high < 0 || low < 0) {
                throw new StoreSpecException("the " + what + " has a '%' not followed by two hex digits "
                        + "(write '%25' for '%'; the value is not shown)");
            }
            out.write(high * 16 + low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new StoreSpecException("the " + what + " is not UTF-8 once %-decoded (the value is not shown)");
        }
    }
}
