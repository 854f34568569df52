package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.CachedCompletions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One of several JVMs that call {@link AnswerService} on the same SQLite file (chosen with
 * {@code -Dcachedcompletion.store}). Arguments: process index, process count, threads per process,
 * key count, answer length.
 *
 * <p>Prints {@code ready}, waits for {@code go} on stdin (so that every JVM opens the new file at
 * the same moment), then every thread calls every key once. Thread 0 of every JVM walks the keys in
 * the same order, so that the JVMs race on the very same keys; the other threads walk backwards from
 * an offset of their own. Ends with one line:
 * {@code done calls=<n> failures=<exceptions that reached a caller> wrong=<wrong values>
 * modelCalls=<misses> storeErrors=<store failures the interceptor absorbed>}.
 */
public final class SharedFileCaller {

    private SharedFileCaller() {
    }

    public static void main(String[] args) throws Exception {
        int process = Integer.parseInt(args[0]);
        int processes = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int keys = Integer.parseInt(args[3]);
        int length = Integer.parseInt(args[4]);

        AnswerService service = new AnswerService();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();

        System.out.println("ready");
        System.out.flush();
        String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (!"go".equals(go)) {
            throw new IllegalStateException("expected 'go' on stdin, got " + go);
        }

        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            int offset = (process * threads + thread) * keys / (processes * threads);
            Thread worker = new Thread(() -> {
                for (int i = 0; i < keys; i++) {
                    int k = thread == 0 ? i : Math.floorMod(offset - i, keys);
                    String prompt = "key-" + k;
                    try {
                        String value = service.answer(prompt, length);
                        if (!AnswerService.expected(prompt, length).equals(value)) {
                            wrong.incrementAndGet();
                        }
                    } catch (Throwable e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e);
                    }
                    calls.incrementAndGet();
                }
            }, "caller-" + process + "-" + thread);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }

        if (firstFailure.get() != null) {
            firstFailure.get().printStackTrace();
        }
        System.out.println("done calls=" + calls + " failures=" + failures + " wrong=" + wrong
                + " modelCalls=" + service.modelCalls()
                + " storeErrors=" + CachedCompletions.statistics(AnswerService.METHOD).errors());
        System.out.flush();
        CachedCompletions.useConfiguredStore(); // closes the store: a clean exit, unlike the killed writer
    }
}
