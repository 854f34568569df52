package dev.cachedcompletion.spi;

/**
 * A store shared by several processes that can make them call the model once per key: while one
 * process holds a key's {@link Lease} and calls the model, the others wait (bounded) for the value it
 * stores. Optional; a store without it lets every process compute its own misses (each JVM still runs
 * one call per key at a time).
 */
public interface LeasingStore extends CompletionStore {

    /**
     * Called after a miss, before the model is called, by the one caller of this JVM that will compute
     * {@code key}. Grants the lease to one process and makes the others {@linkplain Lease#awaitValue()
     * wait} for its value; the lease's time to live, and so the longest wait, is the store's to choose.
     *
     * <p>A store that cannot coordinate right now (its server is down) should return
     * {@link Lease#UNCOORDINATED} rather than throw; if it throws, the caller computes the value without
     * a lease.
     */
    Lease acquireLease(CacheKey key);
}
