package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.CachedCompletion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A model that takes its time, as a real one does (tens of milliseconds to minutes), and leaves a
 * trace of every call: the prompt is appended to a file of this process and printed as
 * {@code model <prompt>} before the model "works", so that a process killed during the call has
 * still recorded it. The test reading the files counts model calls per key across processes.
 */
public class SlowModelService {

    /** The method identity, as {@code CachedCompletions.statistics(String)} wants it. */
    public static final String METHOD = "reliability.sqlite.slowModel";

    private final Path callsFile;
    private final long modelMillis;

    public SlowModelService(Path callsFile, long modelMillis) {
        this.callsFile = callsFile;
        this.modelMillis = modelMillis;
    }

    /** {@link AnswerService#expected} of the prompt, after {@code modelMillis}; computed only on a miss. */
    @CachedCompletion(name = METHOD)
    public String answer(String prompt) throws InterruptedException {
        try {
            Files.writeString(callsFile, prompt + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (System.out) {
            System.out.println("model " + prompt);
            System.out.flush();
        }
        Thread.sleep(modelMillis);
        return AnswerService.expected(prompt, 64);
    }
}
