package dev.cachedcompletion.redis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.redis.TestRedis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several JVMs with the same {@code -Dcachedcompletion.store=redis://...} share one cache. */
class FleetTest {

    /** Long enough that every process misses before the first answer is stored. */
    private static final long SLOW_MODEL_MILLIS = 1500;

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
    void aSecondJvmAnswersFromTheEntryTheFirstWrote() throws Exception {
        String spec = redis.spec(prefix, "&" + TestRedis.PATIENT);
        CachedCompletions.useStore(spec);
        FleetService service = new FleetService(0);
        String answer = service.answer("what is shared?");
        assertThat(service.calls).hasValue(1);

        try (ForkedMember other = new ForkedMember(dir, spec, "what is shared?", 0)) {
            other.awaitReady();
            other.go();
            ForkedMember.Result result = other.result();

            // The answer names this JVM's pid: the other JVM can only have read it from Redis.
            assertThat(answer).contains("pid " + ProcessHandle.current().pid());
            assertThat(result.answer()).isEqualTo(answer);
            assertThat(result.calls()).isZero();
        }
    }

    @Test
    void threeJvmsMissingTheSameKeyAtOnceCallTheModelOnce() throws Exception {
        List<Outcome> outcomes = race(redis.spec(prefix, "&" + TestRedis.PATIENT));

        assertThat(outcomes.stream().mapToInt(Outcome::calls).sum()).as("model calls in all JVMs").isEqualTo(1);
        assertThat(outcomes).extracting(Outcome::answer).containsOnly(outcomes.get(0).answer());
    }

    @Test
    void withLeasesOffEachJvmCallsTheModel() throws Exception {
        // The control for the test above: the same race without the lease runs the model in every JVM.
        List<Outcome> outcomes = race(redis.spec(prefix, "&" + TestRedis.PATIENT + "&lease=off"));

        assertThat(outcomes.stream().mapToInt(Outcome::calls).sum()).as("model calls in all JVMs").isEqualTo(3);
    }

    @Test
    void anEntryExpiresAfterTheTtlOfItsAnnotation() throws Exception {
        CachedCompletions.useStore(redis.spec(prefix, "&" + TestRedis.PATIENT));
        FleetService service = new FleetService(0);

        String first = service.shortLived("soon gone"); // @CachedCompletion(ttl = "1s")
        assertThat(service.shortLived("soon gone")).isEqualTo(first);
        assertThat(service.calls).hasValue(1);

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (service.calls.get() == 1 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            service.shortLived("soon gone");
        }
        assertThat(service.calls).as("the model is called again once the entry expired").hasValue(2);
    }

    private record Outcome(String answer, int calls) {
    }

    /** This JVM and two forked ones, all warmed up, call the slow model with one prompt at the same moment. */
    private List<Outcome> race(String spec) throws Exception {
        CachedCompletions.useStore(spec);
        FleetService service = new FleetService(SLOW_MODEL_MILLIS);
        service.modelMillis = 0;
        service.answer("warm-up " + ProcessHandle.current().pid());
        service.modelMillis = SLOW_MODEL_MILLIS;
        String prompt = "the same question " + prefix;
        try (ForkedMember first = new ForkedMember(dir, spec, prompt, SLOW_MODEL_MILLIS);
                ForkedMember second = new ForkedMember(dir, spec, prompt, SLOW_MODEL_MILLIS)) {
            first.awaitReady();
            second.awaitReady();
            int before = service.calls.get();

            first.go();
            second.go();
            String answer = service.answer(prompt);

            List<Outcome> outcomes = new ArrayList<>();
            outcomes.add(new Outcome(answer, service.calls.get() - before));
            for (ForkedMember member : List.of(first, second)) {
                ForkedMember.Result result = member.result();
                outcomes.add(new Outcome(result.answer(), result.calls()));
            }
            return outcomes;
        }
    }
}
