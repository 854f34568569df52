package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.CachedCompletions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * One of several JVMs writing new entries to one SQLite file with a {@code maxBytes} bound (chosen
 * with {@code -Dcachedcompletion.store}). Arguments: process index, number of calls, answer length.
 *
 * <p>Prints {@code ready}, waits for {@code go}, calls {@code calls} new prompts (every one a miss
 * that stores its answer), prints {@code written wrong=<wrong values> storeErrors=<absorbed store
 * failures>}, and keeps running — its sweeper with it — until {@code exit} on stdin.
 */
public final class BoundedFileWriter {

    private BoundedFileWriter() {
    }

    public static void main(String[] args) throws Exception {
        int process = Integer.parseInt(args[0]);
        int calls = Integer.parseInt(args[1]);
        int length = Integer.parseInt(args[2]);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        AnswerService service = new AnswerService();

        System.out.println("ready");
        System.out.flush();
        expect(stdin, "go");
        int wrong = 0;
        for (int i = 0; i < calls; i++) {
            String prompt = "process-" + process + "-prompt-" + i;
            if (!AnswerService.expected(prompt, length).equals(service.answer(prompt, length))) {
                wrong++;
            }
        }
        System.out.println("written wrong=" + wrong + " storeErrors="
                + CachedCompletions.statistics(AnswerService.METHOD).errors());
        System.out.flush();
        expect(stdin, "exit");
        CachedCompletions.useConfiguredStore();
    }

    private static void expect(BufferedReader stdin, String word) throws Exception {
        String line = stdin.readLine();
        if (!word.equals(line)) {
            throw new IllegalStateException("expected '" + word + "' on stdin, got " + line);
        }
    }
}
