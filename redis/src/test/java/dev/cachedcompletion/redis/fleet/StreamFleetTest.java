package dev.cachedcompletion.redis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.redis.TestRedis;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed answers across the JVMs of a fleet on one Redis: a recording made by one JVM is replayed
 * by another; and a JVM that misses while another is streaming the same answer from the model waits
 * for that JVM's lease, then replays its recording — the model streams once.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StreamFleetTest {

    private static TestRedis redis;

    @TempDir
    Path dir;

    private final String prefix = TestRedis.uniquePrefix();

    @BeforeAll
    static void startRedis() throws Exception {
        redis = TestRedis.standalone();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @AfterEach
    void closeStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void aStreamRecordedByOneJvmIsReplayedByAnotherWithoutTheModel() throws Exception {
        String spec = redis.spec(prefix, "&" + TestRedis.PATIENT);
        CachedCompletions.useStore(spec);
        FleetService service = new FleetService(0);
        String streamed = read(service, "what is streamed?", null);

        try (ForkedMember other = new ForkedMember(dir, spec, "what is streamed?", 0, true)) {
            other.awaitReady();
            other.go();
            ForkedMember.Result result = other.result();

            assertThat(streamed).contains("pid " + ProcessHandle.current().pid());
            assertThat(result.answer()).isEqualTo(streamed);
            assertThat(result.calls()).isZero();
        }
    }

    @Test
    void aJvmMissingWhileAnotherStreamsWaitsForItsLeaseAndReplaysItsRecording() throws Exception {
        String spec = redis.spec(prefix, "&" + TestRedis.PATIENT);
        CachedCompletions.useStore(spec);
        FleetService service = new FleetService(3000); // about 400 ms per word
        try (ForkedMember other = new ForkedMember(dir, spec, "what is raced?", 0, true)) {
            other.awaitReady();
            CountDownLatch firstWord = new CountDownLatch(1);
            CompletableFuture<String> here = CompletableFuture.supplyAsync(() -> read(service, "what is raced?", firstWord));
            assertThat(firstWord.await(30, TimeUnit.SECONDS)).isTrue();
            other.go(); // this JVM holds the lease and is streaming from the model now

            ForkedMember.Result result = other.result();
            String streamed = here.get(30, TimeUnit.SECONDS);
            assertThat(result.calls()).as("model calls in the other JVM").isZero();
            assertThat(result.answer()).isEqualTo(streamed).contains("pid " + ProcessHandle.current().pid());
            assertThat(service.calls).hasValue(1);
        }
    }

    private static String read(FleetService service, String prompt, CountDownLatch firstWord) {
        try (Stream<String> words = service.answerStream(prompt)) {
            return words.peek(word -> {
                if (firstWord != null) {
                    firstWord.countDown();
                }
            }).collect(Collectors.joining());
        }
    }
}
