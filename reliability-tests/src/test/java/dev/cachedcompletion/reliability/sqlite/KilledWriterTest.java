package dev.cachedcompletion.reliability.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3, "a writer JVM killed with SIGKILL mid-stream, 5 times on the same file": after every
 * kill the file opens, passes {@code PRAGMA integrity_check}, and holds every entry whose call had
 * returned before the kill. Each run starts on the file exactly as the previous kill left it (WAL
 * and shared-memory files included), so later runs also prove recovery from a crashed writer.
 */
class KilledWriterTest {

    private static final int RUNS = 5;
    private static final int WRITER_THREADS = 2;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @AfterEach
    void backToConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void writerKilledFiveTimesLosesNoAcknowledgedEntryAndLeavesASoundFile() throws Exception {
        Path file = dir.resolve("killed.db");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<String, Integer> acknowledged = new LinkedHashMap<>();
        List<String> runs = new ArrayList<>();

        for (int run = 0; run < RUNS; run++) {
            int killAfter = 100 + random.nextInt(500); // a different moment in every run
            int before = acknowledged.size();
            int exitCode;
            try (ForkedJvm writer = ForkedJvm.start(dir, "sqlite:" + file, EndlessWriter.class, run, WRITER_THREADS)) {
                while (acknowledged.size() - before < killAfter) {
                    Optional<String> line = writer.nextLine(TIMEOUT);
                    assertThat(line).as("writer ended by itself; stderr:%n%s", writer.stderr()).isPresent();
                    record(line.get(), acknowledged);
                }
                exitCode = writer.kill();
                // Lines still in the pipe were printed before the kill, after their call returned.
                for (Optional<String> line; (line = writer.nextLine(TIMEOUT)).isPresent(); ) {
                    record(line.get(), acknowledged);
                }
            }
            assertThat(exitCode).as("killed by SIGKILL (128 + 9), not ended by itself").isEqualTo(137);
            long walBytes = size(Path.of(file + "-wal"));

            // Checked on a copy, so that the next writer meets the file exactly as the kill left it.
            Path copy = copyAsLeft(file, run);
            assertThat(RawSqlite.integrityCheck(copy)).as("integrity after kill %d (seed %d)", run + 1, seed).isEqualTo("ok");
            assertAllPresent(copy, acknowledged, "after kill " + (run + 1) + " (seed " + seed + ")");
            runs.add((acknowledged.size() - before) + " acked, wal " + walBytes / 1024 + " KiB");
        }

        assertThat(RawSqlite.integrityCheck(file)).isEqualTo("ok");
        assertAllPresent(file, acknowledged, "on the original file after all kills (seed " + seed + ")");
        System.out.printf("[sqlite] writer JVM killed %d times with SIGKILL (seed %d): %s; all %d acknowledged"
                + " entries present after every kill; integrity_check ok after every kill%n",
                RUNS, seed, runs, acknowledged.size());
    }

    /** "ok run0-t1-17 4711" → the prompt and the answer length of a call that had returned. */
    private static void record(String line, Map<String, Integer> acknowledged) {
        String[] parts = line.split(" ");
        assertThat(parts).as("line from the writer: %s", line).hasSize(3).startsWith("ok");
        acknowledged.put(parts[1], Integer.parseInt(parts[2]));
    }

    /** Reads every acknowledged entry through the cache: a miss would run the model. */
    private static void assertAllPresent(Path file, Map<String, Integer> acknowledged, String when) {
        AnswerService reader = new AnswerService();
        CacheSteps.useSqlite(file);
        try {
            acknowledged.forEach((prompt, length) ->
                    assertThat(reader.answer(prompt, length)).isEqualTo(AnswerService.expected(prompt, length)));
        } finally {
            CachedCompletions.useStore("memory");
        }
        assertThat(reader.modelCalls()).as("acknowledged entries missing %s, of %d", when, acknowledged.size()).isZero();
    }

    private Path copyAsLeft(Path file, int run) throws Exception {
        Path copy = dir.resolve("after-kill-" + run + ".db");
        Files.copy(file, copy);
        Path wal = Path.of(file + "-wal");
        if (Files.exists(wal)) {
            Files.copy(wal, Path.of(copy + "-wal"));
        }
        return copy; // without -shm: SQLite rebuilds it from the WAL, as after a reboot
    }

    private static long size(Path file) throws Exception {
        return Files.exists(file) ? Files.size(file) : 0;
    }
}
