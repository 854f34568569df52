package dev.cachedcompletion.internal.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the SQLite store does with its file: keeps entries across restarts, and nobody else's file is touched. */
class SqliteStoreFileTest {

    private static final SyntheticSite SITE = SyntheticSite.strings("file.Service#ask(java.lang.String)", 1);

    @TempDir
    Path dir;

    @Test
    void entriesSurviveReopeningTheFile() {
        Path file = dir.resolve("completions.db");
        try (CompletionStore first = open(file)) {
            first.put(SITE.keyOf("prompt"), StoredValue.ofBytes("answer".getBytes(UTF_8)), null);
        }

        try (CompletionStore second = open(file)) {
            assertThat(new String(second.get(SITE.keyOf("prompt")).bytes(), UTF_8)).isEqualTo("answer");
        }
    }

    @Test
    void newFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("nested/completions.db");
        try (CompletionStore store = open(file)) {
            store.get(SITE.keyOf("prompt"));
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void databaseOfAnotherApplicationIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (name TEXT)");
            s.execute("INSERT INTO users VALUES ('alice')");
        }
        byte[] before = Files.readAllBytes(file);

        try (CompletionStore store = open(file)) {
            assertThatThrownBy(() -> store.get(SITE.keyOf("prompt"))).hasMessageContaining("another application");
            assertThatThrownBy(() -> store.put(SITE.keyOf("prompt"), StoredValue.ofBytes(new byte[1]), null))
                    .hasMessageContaining("another application");
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void fileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "my notes, not a database\n".repeat(20));
        byte[] before = Files.readAllBytes(file);

        try (CompletionStore store = open(file)) {
            assertThatThrownBy(() -> store.get(SITE.keyOf("prompt"))).isInstanceOf(RuntimeException.class);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private static CompletionStore open(Path file) {
        return new SqliteStoreProvider().open(StoreSpec.parse("sqlite:" + file));
    }
}
