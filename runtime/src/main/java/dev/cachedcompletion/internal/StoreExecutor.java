package dev.cachedcompletion.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library's own daemon threads, started on demand and gone after 30 idle seconds, with a queue of
 * 10,000 tasks:
 * <ul>
 *   <li>{@link #forStores()}: two threads that store the answers of asynchronous and streamed calls.
 *       When the queue is full (a store far slower than the model) a task is rejected with
 *       {@link RejectedExecutionException}; the engine then skips storing that answer (counted as an
 *       error), and never stores it on the client's thread instead.</li>
 *   <li>{@link #forStreamLookups()}: eight threads on which a reactive subscriber's look-up runs when
 *       the store may make it wait (SQLite's busy timeout, Redis, a lease held by another process), so
 *       that no subscriber's thread waits on a store.</li>
 * </ul>
 */
final class StoreExecutor implements Executor {

    private static final int QUEUE = 10_000;

    private final ThreadPoolExecutor pool;

    static StoreExecutor forStores() {
        return new StoreExecutor("cached-completion-store-", 2);
    }

    static StoreExecutor forStreamLookups() {
        return new StoreExecutor("cached-completion-stream-", 8);
    }

    private StoreExecutor(String namePrefix, int threads) {
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), task -> {
            Thread t = new Thread(task, namePrefix + count.incrementAndGet());
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
