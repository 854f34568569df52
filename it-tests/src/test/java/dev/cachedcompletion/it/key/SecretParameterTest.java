package dev.cachedcompletion.it.key;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** @KeyIncludesSecret keys on a credential without writing it down; @ExcludeFromKey takes any type. */
class SecretParameterTest {

    private static final String API_KEY = "sk-live-7f3a9c0e5b2d4816";

    @TempDir
    Path dir;

    private final TenantService service = new TenantService();

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void anIncludedSecretSeparatesTenants() {
        miss(service.calls, () -> service.perTenant("hi", API_KEY));
        hit(service.calls, () -> service.perTenant("hi", API_KEY));
        miss(service.calls, () -> service.perTenant("hi", "sk-live-other"));
    }

    @Test
    void anIncludedSecretReachesTheSqliteFileOnlyAsAHash() throws IOException {
        CachedCompletions.useStore("sqlite:" + dir.resolve("completions.db"));
        miss(service.calls, () -> service.perTenant("hi", API_KEY));
        hit(service.calls, () -> service.perTenant("hi", API_KEY));

        // The database, its write-ahead log and anything else SQLite wrote in the directory. The
        // method identity is stored in clear text: finding it shows the row is in what was read.
        String written = latin1ContentOf(dir);
        assertThat(written).contains("TenantService#perTenant");
        String secret = API_KEY.substring(8);
        assertThat(written).doesNotContain(secret).doesNotContain(utf16(secret));
    }

    @Test
    void excludedTokensAndCallbacksDoNotSplitTheCache() {
        List<String> streamed = new ArrayList<>();
        String first = miss(service.calls, () -> service.shared("hi", "token-1", streamed::add));
        assertThat(hit(service.calls, () -> service.shared("hi", "token-2", t -> { }))).isEqualTo(first);
        // A hit does not run the body, so it does not stream either.
        assertThat(streamed).containsExactly("streamed");
    }

    private static String latin1ContentOf(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    private static String utf16(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1);
    }
}
