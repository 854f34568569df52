package dev.cachedcompletion.internal;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import org.aspectj.lang.JoinPoint;
import org.aspectj.runtime.reflect.Factory;
import org.junit.jupiter.api.Test;

/**
 * A class that is woven but was compiled without the processor has no generated key code: its
 * cached methods must still run (uncached), and the first call must say what to add to the build.
 */
class UnprocessedClassTest {

    /** Stands for a user class compiled without cached-completion-processor. */
    static class NotProcessed {
        String answer(String prompt) {
            return "answer to " + prompt;
        }
    }

    private static JoinPoint.StaticPart joinPointOf(Class<?> type, String method, Class<?>... parameters) {
        Factory factory = new Factory("NotProcessed.java", type);
        return factory.makeSJP(JoinPoint.METHOD_EXECUTION,
                factory.makeMethodSig(0, method, type, parameters, new String[parameters.length], new Class<?>[0],
                        String.class), 1);
    }

    @Test
    void runsUncachedAndLogsWhatTheBuildLacksOnce() throws Throwable {
        CompletionEngine engine = new CompletionEngine(
                new dev.cachedcompletion.internal.config.StoreSelection(), new dev.cachedcompletion.internal.config.ModeSelection());
        JoinPoint.StaticPart joinPoint = joinPointOf(NotProcessed.class, "answer", String.class);
        NotProcessed target = new NotProcessed();
        int[] bodyRuns = {0};

        try (CapturedLog log = new CapturedLog()) {
            for (int i = 0; i < 3; i++) {
                Object result = engine.call(joinPoint, target, new Object[] {"q"}, () -> {
                    bodyRuns[0]++;
                    return target.answer("q");
                });
                assertThat(result).isEqualTo("answer to q");
            }
            assertThat(bodyRuns[0]).as("every call runs the body: nothing can be cached").isEqualTo(3);
            assertThat(log.messagesAt(Level.SEVERE)).singleElement().asString()
                    .contains("UnprocessedClassTest$NotProcessed.answer(java.lang.String)")
                    .contains("UnprocessedClassTest__NotProcessed_CachedCompletion is missing")
                    .contains("cached-completion-processor")
                    .contains("annotationProcessorPaths");
        }
    }
}
