package dev.cachedcompletion.reliability.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15, "processes on one machine pay several times for one answer": JVMs sharing one SQLite
 * file walk the same keys with a model call that takes 40 ms. With the lease, one process calls the
 * model per key and the others wait for its answer; with {@code lease=off} (the control, and what
 * every earlier version did) they pay several times. A holder killed with SIGKILL leaves a lease that
 * expires and is taken over by one of the others. Model calls are counted from the files each JVM
 * appends its calls to ({@link SlowModelService}).
 *
 * <p>{@code -DleaseTest.keys=300} gives the figure of docs/PERFORMANCE.md; the build walks fewer keys.
 */
class LeaseAcrossProcessesTest {

    private static final int PROCESSES = 4;
    private static final int KEYS = Integer.getInteger("leaseTest.keys", 20);
    private static final long MODEL_MILLIS = 40;
    /** As in ManyProcessesShareOneFileTest: no store error from a JVM starved on the loaded machine. */
    private static final String OPTIONS = "?busyTimeout=5s";
    /** Long enough for the waiters to meet the killed holder's lease before it expires; short for the build. */
    private static final String KILLED_HOLDERS_LEASE = "3s";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void fourJvmsWalkingTheSameKeysCallTheModelOncePerKey() throws Exception {
        Map<String, Integer> calls = race("sqlite:" + dir.resolve("leased.db") + OPTIONS, "lease on (30s)");

        assertThat(calls).as("keys whose model was called").hasSize(KEYS);
        assertThat(calls.entrySet()).as("keys whose model was called more than once").filteredOn(e -> e.getValue() > 1).isEmpty();
    }

    @Test
    void withLeaseOffTheJvmsPayForTheSameKeysSeveralTimes() throws Exception {
        // The control: the same race without the lease, so that the test above is known to be able to fail.
        Map<String, Integer> calls = race("sqlite:" + dir.resolve("unleased.db") + OPTIONS + "&lease=off", "lease=off");

        assertThat(total(calls)).as("model calls for %d keys", KEYS).isGreaterThan(KEYS);
    }

    @Test
    void aLeaseWhoseHolderWasKilledIsTakenOverOnceItExpires() throws Exception {
        Path file = dir.resolve("killed-holder.db");
        String spec = "sqlite:" + file + OPTIONS + "&lease=" + KILLED_HOLDERS_LEASE;
        List<ForkedJvm> waiters = new ArrayList<>();
        try (ForkedJvm holder = start(spec, "holder", 1, Duration.ofMinutes(10).toMillis())) {
            for (int p = 1; p < PROCESSES; p++) {
                waiters.add(start(spec, "waiter-" + p, 1, MODEL_MILLIS));
            }
            awaitReady(holder);
            for (ForkedJvm waiter : waiters) {
                awaitReady(waiter);
            }
            holder.send("go");
            assertThat(holder.nextLine(TIMEOUT)).as("the holder calls the model; stderr:%n%s", holder.stderr())
                    .hasValue("model key-0");
            assertThat(holder.kill()).as("killed by SIGKILL while it holds the lease").isEqualTo(137);

            goAndAwaitDone(waiters);
        } finally {
            closeAll(waiters);
        }

        assertThat(callsIn("holder")).as("the killed holder's call").containsExactly("key-0");
        List<String> survivors = new ArrayList<>();
        for (int p = 1; p < PROCESSES; p++) {
            survivors.addAll(callsIn("waiter-" + p));
        }
        assertThat(survivors).as("model calls of the %d surviving JVMs", PROCESSES - 1).containsExactly("key-0");
        assertThat(leaseRows(file)).as("leases left in the file: the successor released its own").isZero();
        System.out.printf("[sqlite-lease] holder killed with SIGKILL during its model call: its %s lease expired,"
                + " one of %d waiting JVMs took it over; 1 model call among them%n", KILLED_HOLDERS_LEASE, PROCESSES - 1);
    }

    /** PROCESSES JVMs, started together, each asking key-0 .. key-(KEYS-1) once; the model calls per key. */
    private Map<String, Integer> race(String spec, String lease) throws Exception {
        List<ForkedJvm> jvms = new ArrayList<>();
        long start;
        try {
            for (int p = 0; p < PROCESSES; p++) {
                jvms.add(start(spec, "jvm-" + p, KEYS, MODEL_MILLIS));
            }
            for (ForkedJvm jvm : jvms) {
                awaitReady(jvm);
            }
            start = System.nanoTime();
            goAndAwaitDone(jvms);
        } finally {
            closeAll(jvms);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Integer> calls = new TreeMap<>();
        for (int p = 0; p < PROCESSES; p++) {
            callsIn("jvm-" + p).forEach(key -> calls.merge(key, 1, Integer::sum));
        }
        int total = total(calls);
        System.out.printf("[sqlite-lease] %d JVMs x %d keys, %d ms model call, %s: %d model calls, %.2f per key;"
                + " all JVMs done in %d ms%n", PROCESSES, KEYS, MODEL_MILLIS, lease, total, (double) total / KEYS, millis);
        return calls;
    }

    private ForkedJvm start(String spec, String name, int keys, long modelMillis) throws IOException {
        return ForkedJvm.start(dir, spec, SlowModelCaller.class, callsFile(name), keys, modelMillis);
    }

    private static void awaitReady(ForkedJvm jvm) throws InterruptedException {
        assertThat(jvm.nextLine(TIMEOUT)).as("%s started; stderr:%n%s", jvm, jvm.stderr()).hasValue("ready");
    }

    /** Starts the calls of every JVM at once, then waits for each to end. */
    private static void goAndAwaitDone(List<ForkedJvm> jvms) throws Exception {
        for (ForkedJvm jvm : jvms) {
            jvm.send("go");
        }
        for (ForkedJvm jvm : jvms) {
            awaitDone(jvm);
        }
    }

    private static void closeAll(List<ForkedJvm> jvms) throws InterruptedException {
        for (ForkedJvm jvm : jvms) {
            jvm.close();
        }
    }

    /** Reads past the {@code model <key>} lines to the last one; every answer was right. */
    private static void awaitDone(ForkedJvm jvm) throws InterruptedException {
        String line;
        do {
            line = jvm.nextLine(TIMEOUT).orElseThrow(() -> new AssertionError(jvm + " ended early:\n" + jvm.stderr()));
        } while (line.startsWith("model "));
        assertThat(line).as("%s; stderr:%n%s", jvm, jvm.stderr()).isEqualTo("done wrong=0 failures=0");
        assertThat(jvm.exitCode(TIMEOUT)).as("exit code of %s; stderr:%n%s", jvm, jvm.stderr()).isZero();
    }

    private Path callsFile(String name) {
        return dir.resolve("model-calls-" + name + ".txt");
    }

    private List<String> callsIn(String name) throws IOException {
        Path file = callsFile(name);
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static int total(Map<String, Integer> calls) {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static long leaseRows(Path file) throws Exception {
        try (Connection c = RawSqlite.open(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM cached_completion_lease")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
