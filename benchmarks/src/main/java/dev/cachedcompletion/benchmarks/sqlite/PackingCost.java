package dev.cachedcompletion.benchmarks.sqlite;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Random;

/**
 * What deflating costs per value, as the SQLite store keeps values: a loop over the store's own
 * packing (package-private in the runtime, so reached here by reflection, which is cheap beside the
 * work measured), with the {@code Deflater} and {@code Inflater} one connection keeps. A rough loop,
 * not JMH: 4 rounds of warm-up, then one round timed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.cachedcompletion.benchmarks.sqlite.PackingCost
 * </pre>
 * Prints one line per answer size: {@code packing value=... stored=... inflateUs=... deflateUs=...}.
 */
public final class PackingCost {

    private static final int CALLS = 20_000;

    private PackingCost() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> type = Class.forName("dev.cachedcompletion.internal.store.SqlitePacking");
        Constructor<?> make = type.getDeclaredConstructor();
        make.setAccessible(true);
        Method pack = type.getDeclaredMethod("pack", byte[].class);
        Method unpack = type.getDeclaredMethod("unpack", byte[].class);
        pack.setAccessible(true);
        unpack.setAccessible(true);
        Object packing = make.newInstance();
        long sink = 0;
        for (int size : new int[] {1200, 16384}) {
            byte[] value = AnswerBytes.of("text", size, new Random(1));
            byte[] stored = (byte[]) pack.invoke(packing, value);
            for (int round = 0; round < 5; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < CALLS; i++) {
                    sink += ((byte[]) unpack.invoke(packing, stored)).length;
                }
                long inflated = System.nanoTime();
                for (int i = 0; i < CALLS / 4; i++) {
                    sink += ((byte[]) pack.invoke(packing, value)).length;
                }
                long deflated = System.nanoTime();
                if (round == 4) {
                    System.out.printf(Locale.ROOT, "packing value=%d stored=%d inflateUs=%.1f deflateUs=%.1f%n", size,
                            stored.length, (inflated - start) / 1e3 / CALLS, (deflated - inflated) / 1e3 / (CALLS / 4));
                }
            }
        }
        if (sink == 42) {
            System.out.println(); // keeps the loops' results alive
        }
    }
}
