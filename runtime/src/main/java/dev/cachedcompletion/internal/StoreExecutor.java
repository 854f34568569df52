package dev.cachedcompletion.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library's own threads for storing the answers of asynchronous calls: two daemon threads at
 * most, started on demand and gone after 30 idle seconds, with a queue of 10,000 answers. When the
 * queue is full (a store far slower than the model) a task is rejected with
 * {@link RejectedExecutionException}; the engine then skips storing that answer (counted as an
 * error), and never stores it on the client's thread instead.
 */
final class StoreExecutor implements Executor {

    private static final int THREADS = 2;
    private static final int QUEUE = 10_000;

    private final ThreadPoolExecutor pool;

    StoreExecutor() {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), task -> {
            Thread t = new Thread(task, "cached-completion-store-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }
}
