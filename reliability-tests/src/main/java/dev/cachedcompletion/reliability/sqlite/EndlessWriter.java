package dev.cachedcompletion.reliability.sqlite;

/**
 * A JVM that stores new answers in the SQLite file of {@code -Dcachedcompletion.store} until it is
 * killed. Arguments: run index, threads. After each call has returned it prints
 * {@code ok <prompt> <length>}, so the parent knows exactly which entries were acknowledged before
 * it sent SIGKILL. Answer lengths vary from a few bytes to several pages, so that a kill can land
 * inside a multi-page write or a checkpoint.
 */
public final class EndlessWriter {

    private EndlessWriter() {
    }

    public static void main(String[] args) {
        String run = args[0];
        int threads = Integer.parseInt(args[1]);
        AnswerService service = new AnswerService();
        for (int t = 0; t < threads; t++) {
            String prefix = "run" + run + "-t" + t + "-";
            new Thread(() -> {
                for (int i = 0; ; i++) {
                    String prompt = prefix + i;
                    int length = 50 + Math.floorMod(prompt.hashCode(), 12_000);
                    service.answer(prompt, length);
                    synchronized (System.out) {
                        System.out.println("ok " + prompt + " " + length);
                        System.out.flush();
                    }
                }
            }, "writer-" + t).start();
        }
    }
}
