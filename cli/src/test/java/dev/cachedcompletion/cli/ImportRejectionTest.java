package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged file: every broken line is named with its number and why, and every good line is imported. */
class ImportRejectionTest {

    static final String KEY = "ab".repeat(32);
    static final String VALUE = "Q1YBAQAAAAAiaGki"; // a header and "hi"

    @TempDir
    Path dir;

    static String valid(String key, String created, String expires, String value) {
        return "{\"key\":\"" + key + "\",\"method\":\"m\",\"created\":" + created + ",\"expires\":" + expires
                + ",\"value\":" + value + "}";
    }

    @Test
    void malformedLinesAreRejectedWithTheirNumbersAndTheRestIsImported() throws Exception {
        StoredEntry first = entry("m", "first", 1_000, null, "\"hi\"");
        StoredEntry last = entry("m", "last", 2_000, null, "\"hi\"");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<String> lines = List.of(
                ExportImportTest.line(first).strip(),                                                  // 1 ok
                "{\"key\": oops",                                                                      // 2
                "[1, 2]",                                                                              // 3
                "{\"method\":\"m\",\"created\":\"2025-06-01T10:00:00Z\",\"value\":\"" + VALUE + "\"}", // 4
                valid("abc", "\"2025-06-01T10:00:00Z\"", "null", "\"" + VALUE + "\""),                 // 5
                valid("zz".repeat(32), "\"2025-06-01T10:00:00Z\"", "null", "\"" + VALUE + "\""),       // 6
                valid(KEY, "\"yesterday\"", "null", "\"" + VALUE + "\""),                              // 7
                valid(KEY, "1717236000000", "null", "\"" + VALUE + "\""),                              // 8
                valid(KEY, "\"2025-06-01T10:00:00Z\"", "\"soon\"", "\"" + VALUE + "\""),               // 9
                valid(KEY, "\"2025-06-01T10:00:00Z\"", "null", "\"not base64!\""),                     // 10
                valid(KEY, "\"2025-06-01T10:00:00Z\"", "null", "\"aGVsbG8gd29ybGQ=\""),                // 11 "hello world"
                valid(KEY, "\"2025-06-01T10:00:00Z\"", "null", "\"" + VALUE + "\"").replace("\"m\"", "\"\""), // 12
                valid(KEY, "\"2025-06-01T10:00:00Z\"", "null", "\"" + VALUE + "\"").replace("}", ",\"key\":\"" + KEY + "\"}"), // 13
                "{} {}",                                                                               // 14
                "",                                                                                    // 15 blank: skipped
                ExportImportTest.line(last).strip());                                                  // 16 ok
        for (String line : lines) {
            file.write(line.getBytes(StandardCharsets.UTF_8));
            file.write('\n');
        }
        file.write(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});           // 17 bad UTF-8
        Path jsonl = dir.resolve("damaged.jsonl");
        Files.write(jsonl, file.toByteArray());
        Path db = dir.resolve("c.db");

        CliRun.Result r = CliRun.cli("import", "--store", Stores.spec(db), jsonl.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).isEqualTo("imported 2 entries from " + jsonl + ", rejected 14 malformed lines\n");
        assertThat(Stores.entries(db)).containsExactlyInAnyOrder(first, last);
        String p = jsonl + ":";
        assertThat(r.err().lines()).containsExactly(
                p + "2: rejected: not valid JSON: Unrecognized token 'oops': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                p + "3: rejected: not a JSON object",
                p + "4: rejected: 'key' is missing (the key digest as 64 hex digits)",
                p + "5: rejected: 'key' must be 64 hex digits (the SHA-256 key digest), not 3 characters",
                p + "6: rejected: 'key' must be 64 hex digits (the SHA-256 key digest): "
                        + "not a hexadecimal digit: \"z\" = 122",
                p + "7: rejected: 'created' must be an ISO-8601 UTC time such as 2025-06-01T10:00:00.123Z, not \"yesterday\"",
                p + "8: rejected: 'created' must be a string (an ISO-8601 UTC time such as 2025-06-01T10:00:00.123Z), not number",
                p + "9: rejected: 'expires' must be an ISO-8601 UTC time such as 2025-06-01T10:00:00.123Z or null for never, "
                        + "not \"soon\"",
                p + "10: rejected: 'value' is not base64 (RFC 4648, with padding): Illegal base64 character 20",
                p + "11: rejected: 'value' is not a stored value: it must start with the 8-byte value header "
                        + "('C' 'V' ...) described in docs/KEYS.md",
                p + "12: rejected: 'method' is empty",
                p + "13: rejected: not valid JSON: Duplicate field 'key'",
                p + "14: rejected: not valid JSON: Trailing token (of type START_OBJECT) found after value "
                        + "(bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per "
                        + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`",
                p + "17: rejected: not UTF-8 text");
    }

    @Test
    void windowsLineEndingsAndAMissingFinalLineBreakAreFine() throws Exception {
        StoredEntry a = entry("m", "a", 1_000, null, "1");
        StoredEntry b = entry("m", "b", 1_000, null, "2");
        Path jsonl = dir.resolve("crlf.jsonl");
        Files.writeString(jsonl, ExportImportTest.line(a).strip() + "\r\n" + ExportImportTest.line(b).strip());
        Path db = dir.resolve("c.db");

        CliRun.Result r = CliRun.cli("import", "--store", Stores.spec(db), jsonl.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Stores.entries(db)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void onlyTheFirstFiftyRejectionsAreListedButAllAreCounted() throws Exception {
        Path jsonl = dir.resolve("junk.jsonl");
        Files.writeString(jsonl, "junk\n".repeat(70));

        CliRun.Result r = CliRun.cli("import", "--store", Stores.spec(dir.resolve("c.db")), jsonl.toString());

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEqualTo("imported 0 entries from " + jsonl + ", rejected 70 malformed lines\n");
        assertThat(r.err().lines()).hasSize(51).last().isEqualTo(jsonl + ": 20 more rejected lines not shown");
    }
}
