package dev.cachedcompletion.benchmarks.startup;

import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.Prompts;

/**
 * A whole program whose only work is one cached call: started with
 * {@code -Dcachedcompletion.store=sqlite:<file>} on a file that already holds the answer, its run
 * time is the time from JVM start to the first answer served from SQLite. Exits with status 2 if the
 * call was a miss (the first run against a new file is one: it writes the entry).
 */
public final class FirstHit {

    /** The prompt every run asks (1 KB). */
    static final String PROMPT = Prompts.template(1024) + Prompts.TOPIC;

    private FirstHit() {
    }

    public static void main(String[] args) {
        CachedService service = new CachedService();
        String answer = service.complete(PROMPT);
        if (service.bodyRuns() != 0) {
            System.out.println("miss: the entry was written; the next run answers from the file");
            System.exit(2);
        }
        System.out.println("hit: " + answer.length() + " characters");
    }
}
