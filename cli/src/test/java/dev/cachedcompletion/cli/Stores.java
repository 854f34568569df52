package dev.cachedcompletion.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** Test data: SQLite cache files with chosen entries, and what they hold. */
final class Stores {

    static final long DAY = 86_400_000L;

    private Stores() {
    }

    static String spec(Path file) {
        return "sqlite:" + file;
    }

    static BrowsableStore open(Path file) {
        return (BrowsableStore) StoreFactory.open(spec(file), "test");
    }

    static void put(Path file, StoredEntry... entries) {
        try (BrowsableStore store = open(file)) {
            store.putAll(List.of(entries));
        }
    }

    static List<StoredEntry> entries(Path file) {
        List<StoredEntry> all = new ArrayList<>();
        try (BrowsableStore store = open(file)) {
            store.forEach(null, all::add);
        }
        return all;
    }

    /** An entry whose key digest is derived from {@code name}, with a JSON string value after a value header. */
    static StoredEntry entry(String method, String name, long created, Long expires, String json) {
        return new StoredEntry(digest(method + "/" + name), method, created, expires, value(json));
    }

    /** A JSON string of {@code length} random hex digits: text that does not deflate much, so it takes its room in the file. */
    static String randomJsonString(int length, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder(length + 2).append('"');
        while (sb.length() <= length) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.append('"').toString();
    }

    static byte[] value(String json) {
        byte[] payload = json.getBytes(UTF_8);
        byte[] v = new byte[8 + payload.length];
        v[0] = 'C';
        v[1] = 'V';
        v[2] = 1;
        v[3] = 1;
        System.arraycopy(payload, 0, v, 8, payload.length);
        return v;
    }

    /**
     * A value of format 2, as a codec that reports usage writes it: the header, the usage block
     * (input and output tokens as varints, then the model name's length and UTF-8), then the JSON.
     * Counts below 128 keep each varint one byte.
     */
    static byte[] valueWithUsage(String json, int inputTokens, int outputTokens, String model) {
        byte[] name = model.getBytes(UTF_8);
        byte[] payload = json.getBytes(UTF_8);
        java.io.ByteArrayOutputStream v = new java.io.ByteArrayOutputStream();
        v.writeBytes(new byte[] {'C', 'V', 2, 2, 0, 0, 0, 1});
        v.write(inputTokens);
        v.write(outputTokens);
        v.write(name.length);
        v.writeBytes(name);
        v.writeBytes(payload);
        return v.toByteArray();
    }

    static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
