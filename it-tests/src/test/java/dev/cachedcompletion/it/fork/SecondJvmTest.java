package dev.cachedcompletion.it.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQLite cache file written by one JVM answers the calls of another JVM on the same machine. */
class SecondJvmTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void aSecondJvmGetsTheAnswerWithoutCallingTheModel() throws Exception {
        String spec = "sqlite:" + dir.resolve("shared.db");
        CachedCompletions.useStore(spec);
        ForkService service = new ForkService();
        String answer = service.answer("what is shared?");
        assertThat(service.calls).hasValue(1);
        // Closes the file, as the end of this process would.
        CachedCompletions.useStore("memory");

        ForkedJvm.Result second = ForkedJvm.callForkService(dir, spec, "what is shared?");

        assertThat(second.exitCode()).as(second.stderr()).isZero();
        // The answer names this JVM's pid: the second JVM can only have read it from the file.
        assertThat(answer).contains("pid " + ProcessHandle.current().pid());
        assertThat(second.stdout()).contains("answer=" + answer).contains("calls=0");
    }

    @Test
    void aSecondJvmReplaysAStreamTheFirstRecorded() throws Exception {
        String spec = "sqlite:" + dir.resolve("shared.db");
        CachedCompletions.useStore(spec);
        ForkService service = new ForkService();
        String streamed = String.join("", service.answerStream("what is streamed?").collectList().block());
        CachedCompletions.useStore("memory");

        ForkedJvm.Result second = ForkedJvm.callForkService(dir, spec, "what is streamed?", List.of("stream"));

        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(streamed).contains("pid " + ProcessHandle.current().pid());
        assertThat(second.stdout()).contains("answer=" + streamed).contains("calls=0");
    }
}
