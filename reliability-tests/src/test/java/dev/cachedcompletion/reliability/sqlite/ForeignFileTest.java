package dev.cachedcompletion.reliability.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3, "a file that is not SQLite, a file from a newer schema version": calls get the model's
 * answer, one warning says what the file is and what to do, and not one byte of it changes.
 */
class ForeignFileTest {

    @TempDir
    Path dir;

    private final AnswerService service = new AnswerService();

    @AfterEach
    void backToConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void fileThatIsNotSqliteIsReportedAndNeverWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "my notes, not a database\n".repeat(200));

        String warning = UntouchedFile.assertCallsSucceedAndFileIsUntouched(service, file, 0);
        assertThat(warning).contains("not a SQLite database", "left untouched");
        System.out.printf("[sqlite] not a SQLite file: %d calls answered, 1 warning, bytes unchanged: %s%n",
                UntouchedFile.NEW_CALLS, warning);
    }

    @Test
    void fileOfANewerSchemaIsReportedAndNeverWritten() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = RawSqlite.open(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + 0x43436331); // ours ("CCc1")
            s.execute("PRAGMA user_version = 3");                 // but a schema this version does not know
            s.execute("CREATE TABLE cached_completion_v3 (key BLOB PRIMARY KEY, value BLOB)");
            s.execute("INSERT INTO cached_completion_v3 VALUES (x'01', x'02')");
        }

        String warning = UntouchedFile.assertCallsSucceedAndFileIsUntouched(service, file, 0);
        assertThat(warning).contains("newer", "left untouched");
        System.out.printf("[sqlite] newer schema: %d calls answered, 1 warning, bytes unchanged: %s%n",
                UntouchedFile.NEW_CALLS, warning);
    }
}
