package dev.cachedcompletion.reliability.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory store's byte bound is what keeps a cache from taking the service down: a 256 MB JVM
 * writes 1 GB of distinct ~1 MB results (Strings, kept as objects, and Lists, kept as bytes) through
 * {@code memory?maxBytes=64m}, and neither runs out of memory nor retains more than the bound.
 */
class MemoryStoreByteBoundTest {

    private static final long BOUND = 64L << 20;
    private static final int VALUES_PER_TYPE = 512;
    /**
     * 10^6 characters: with 2^20 G1 would give every value two heap regions (objects over half a
     * region are "humongous" and own whole regions), so heap use would measure G1's rounding, not the
     * store's bound.
     */
    private static final int VALUE_CHARS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void oneGigabyteThroughA64MegabyteBoundInA256MegabyteHeap() throws Exception {
        ForkedJvm.Result jvm = ForkedJvm.run(List.of("-Xmx256m", "-Dcachedcompletion.store=memory?maxBytes=64m"),
                MemoryBoundProbe.class, List.of(String.valueOf(VALUES_PER_TYPE), String.valueOf(VALUE_CHARS)), dir,
                120);

        assertThat(jvm.stderr()).doesNotContain("OutOfMemoryError");
        assertThat(jvm.exitCode()).as("probe exit; stderr: %s", jvm.stderr()).isZero();
        Map<String, String> figures = new HashMap<>();
        jvm.stdout().stream().map(l -> l.split("=", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> figures.put(kv[0], kv[1]));
        assertThat(figures).containsEntry("done", "true");
        long written = Long.parseLong(figures.get("writtenBytes"));
        long retained = Long.parseLong(figures.get("retainedHeap"));
        long maxRetained = Long.parseLong(figures.get("maxRetainedHeapAtCheckpoints"));
        System.out.printf("[reliability] memory bound: %d MiB written as %s values (String + List) in -Xmx256m (%s),"
                + " body runs %s; retained heap after GC %.1f MiB at the end, %.1f MiB at most, bound %d MiB;"
                + " %s of %s sampled values still hits; writing took %s ms%n", written >> 20,
                2 * VALUES_PER_TYPE, figures.get("gc"), figures.get("bodyCalls"), retained / 1048576.0,
                maxRetained / 1048576.0, BOUND >> 20, figures.get("sampleHits"), figures.get("sampleAsked"),
                figures.get("writeMillis"));

        assertThat(written).isGreaterThanOrEqualTo(1_000_000_000L);
        // The store weighs entries by estimate; 10% covers JVM-internal soft caches and estimation error.
        assertThat(maxRetained).as("heap retained after a full GC, at any checkpoint")
                .isLessThanOrEqualTo(BOUND * 11 / 10);
        assertThat(retained).as("the bound is used, not met by keeping nothing").isGreaterThan(BOUND / 2);
    }
}
