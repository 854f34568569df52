package dev.cachedcompletion.reliability.sqlite;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One of several JVMs that ask {@link SlowModelService} the same keys through the SQLite file of
 * {@code -Dcachedcompletion.store}, as the forks of a test suite or the instances of an application on
 * one machine do. Arguments: the file this process records its model calls in, the number of keys,
 * how long a model call takes (ms).
 *
 * <p>Prints {@code ready}, waits for {@code go} on stdin (so that every JVM starts at the same
 * moment), then asks {@code key-0}, {@code key-1}, ... in that order on one thread, like every other
 * JVM. Ends with {@code done wrong=<wrong answers> failures=<exceptions that reached the caller>}.
 */
public final class SlowModelCaller {

    private SlowModelCaller() {
    }

    public static void main(String[] args) throws Exception {
        SlowModelService service = new SlowModelService(Path.of(args[0]), Long.parseLong(args[2]));
        int keys = Integer.parseInt(args[1]);

        System.out.println("ready");
        System.out.flush();
        String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (!"go".equals(go)) {
            throw new IllegalStateException("expected 'go' on stdin, got " + go);
        }

        int wrong = 0;
        int failures = 0;
        for (int k = 0; k < keys; k++) {
            String prompt = "key-" + k;
            try {
                if (!AnswerService.expected(prompt, 64).equals(service.answer(prompt))) {
                    wrong++;
                }
            } catch (Exception e) {
                failures++;
                e.printStackTrace();
            }
        }
        synchronized (System.out) {
            System.out.println("done wrong=" + wrong + " failures=" + failures);
            System.out.flush();
        }
    }
}
