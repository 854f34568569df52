package dev.cachedcompletion.reliability.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "it grows forever": three JVMs write five times {@code maxBytes} of new answers into one
 * file; each one's sweeper watches the whole file, so the file with its WAL comes back under the
 * bound while they run, and the file stays sound.
 */
class BoundedFileSharedByProcessesTest {

    private static final int PROCESSES = 3;
    private static final long BOUND = 1L << 20;
    /** Under 1 KB, so that values are stored as they are and take their full room. */
    private static final int LENGTH = 1_000;
    private static final int CALLS = (int) (5 * BOUND / LENGTH / PROCESSES) + 1;
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void threeJvmsWritingFiveTimesTheBoundLeaveTheFileUnderIt() throws Exception {
        Path file = dir.resolve("bounded.db");
        List<ForkedJvm> jvms = new ArrayList<>();
        AtomicLong largestFile = new AtomicLong();
        AtomicLong largestWal = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                largestFile.accumulateAndGet(size(file), Math::max);
                largestWal.accumulateAndGet(size(Path.of(file + "-wal")), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "file size sampler");
        sampler.setDaemon(true);
        try {
            for (int p = 0; p < PROCESSES; p++) {
                jvms.add(ForkedJvm.start(dir, "sqlite:" + file + "?maxBytes=1m&busyTimeout=5s", BoundedFileWriter.class,
                        p, CALLS, LENGTH));
            }
            for (ForkedJvm jvm : jvms) {
                assertThat(jvm.nextLine(TIMEOUT)).as("%s started; stderr:%n%s", jvm, jvm.stderr()).hasValue("ready");
            }
            sampler.start();
            for (ForkedJvm jvm : jvms) {
                jvm.send("go");
            }
            for (ForkedJvm jvm : jvms) {
                assertThat(jvm.nextLine(TIMEOUT)).as("%s; stderr:%n%s", jvm, jvm.stderr()).hasValue("written wrong=0 storeErrors=0");
            }
            sampler.interrupt();

            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (fileAndWal(file) > BOUND && System.nanoTime() - deadline < 0) {
                Thread.sleep(50);
            }
            long settled = fileAndWal(file);
            assertThat(settled).as("file and WAL, with the writers' sweepers running").isLessThanOrEqualTo(BOUND);

            for (ForkedJvm jvm : jvms) {
                jvm.send("exit");
                assertThat(jvm.exitCode(TIMEOUT)).as("exit code of %s; stderr:%n%s", jvm, jvm.stderr()).isZero();
            }
            long entries = RawSqlite.entryCount(file);
            assertThat(RawSqlite.integrityCheck(file)).isEqualTo("ok");
            assertThat(entries).isPositive();
            System.out.printf("[sqlite] %d JVMs wrote %d answers of %d B (%.1f MiB) into sqlite:...?maxBytes=1m:"
                    + " largest file %.2f MiB and WAL %.2f MiB seen while they wrote, file+WAL %.2f MiB once settled,"
                    + " %d entries kept; integrity_check ok%n", PROCESSES, PROCESSES * CALLS, LENGTH,
                    PROCESSES * CALLS * (double) LENGTH / (1 << 20), largestFile.get() / 1048576.0,
                    largestWal.get() / 1048576.0, settled / 1048576.0, entries);
        } finally {
            for (ForkedJvm jvm : jvms) {
                jvm.close();
            }
        }
    }

    private static long fileAndWal(Path file) {
        return size(file) + size(Path.of(file + "-wal"));
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException gone) {
            return 0;
        }
    }
}
