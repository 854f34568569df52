package dev.cachedcompletion.reliability.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.spi.CacheKey;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A million seeded random argument tuples through the generated key code: no two distinct tuples
 * share a key, equal tuples share one whatever their maps' insertion order, in both views of the
 * key (SHA-256 digest and in-memory equals). Distinctness is judged by Java's equals on the
 * arguments themselves, never by our encoder. Only two sortable longs per tuple are kept; tuples
 * whose sort keys meet are rebuilt from their index and compared in full.
 */
@Timeout(120)
class KeyDistinctnessFuzzTest {

    private static final int TUPLES = 1_000_000;
    private static final int INDEX_BITS = 20; // 2^20 > TUPLES
    /**
     * Every fourth tuple is also rebuilt as a twin; the other equal tuples (built independently, in
     * random insertion orders) are checked when tuples are grouped by hash code. Twins for all
     * would double the time on a busy two-core machine for little more evidence.
     */
    private static final int TWIN_EVERY = 4;
    private static final String ASK = "ask(java.lang.String,java.lang.Integer,java.lang.Long,java.lang.Double,"
            + "java.math.BigDecimal,java.util.List,java.util.Set,java.util.Map,"
            + "dev.cachedcompletion.reliability.core.Prompt)";

    private final FuzzService target = new FuzzService();
    private final MethodSite site = new FuzzService_CachedCompletion().site(ASK);
    private final List<String> failures = new ArrayList<>();

    @Test
    void distinctTuplesHaveDistinctKeysAndEqualTuplesShareOne() {
        long started = System.nanoTime();
        long[] byDigest = new long[TUPLES];
        long[] byArguments = new long[TUPLES];
        for (int i = 0; i < TUPLES; i++) {
            Object[] tuple = ArgumentTuples.tuple(i);
            CacheKey key = key(tuple);
            byte[] digest = key.digest();
            byDigest[i] = (ByteBuffer.wrap(digest).getLong() >>> INDEX_BITS) << INDEX_BITS | i;
            byArguments[i] = (ArgumentTuples.argumentsHash(tuple) & 0xFFFF_FFFFL) << INDEX_BITS | i;
            if (i % TWIN_EVERY == 0) {
                CacheKey twin = key(ArgumentTuples.twin(tuple));
                if (!twin.equals(key) || twin.hashCode() != key.hashCode() || !Arrays.equals(twin.digest(), digest)) {
                    fail("a tuple and its twin (equal, built in another order) have different keys", i, i);
                }
            }
        }
        Arrays.sort(byDigest);
        Arrays.sort(byArguments);
        long distinctDigests = countDigestsRefusingCollisions(byDigest);
        long distinctTuples = countTuplesRequiringOneKeyEach(byArguments);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("[reliability] key fuzz: %d tuples (+%d rebuilt twins), %d distinct by equals,"
                + " %d distinct digests, %d failures, %d ms%n", TUPLES, TUPLES / TWIN_EVERY, distinctTuples,
                distinctDigests, failures.size(), millis);
        assertThat(failures).isEmpty();
        assertThat(distinctDigests).isEqualTo(distinctTuples);
        assertThat(distinctTuples).as("the generator makes both distinct and equal tuples")
                .isBetween(TUPLES / 2L, TUPLES - 1000L);
    }

    /**
     * Tuples whose digests share their first 44 bits are rebuilt; within each group of equal full
     * digests every tuple must equal the first. Returns the number of distinct digests.
     */
    private long countDigestsRefusingCollisions(long[] sorted) {
        long distinct = 0;
        for (int start = 0, end; start < sorted.length; start = end) {
            end = runEnd(sorted, start);
            if (end - start == 1) {
                distinct++; // alone with its 44-bit prefix: nothing to compare
                continue;
            }
            Map<String, Integer> firstByDigest = new LinkedHashMap<>();
            for (int j = start; j < end; j++) {
                int index = indexOf(sorted[j]);
                Object[] tuple = ArgumentTuples.tuple(index);
                Integer first = firstByDigest.putIfAbsent(HexFormat.of().formatHex(key(tuple).digest()), index);
                if (first != null && !ArgumentTuples.sameArguments(ArgumentTuples.tuple(first), tuple)) {
                    fail("distinct tuples share a digest", first, index);
                }
            }
            distinct += firstByDigest.size();
        }
        return distinct;
    }

    /**
     * Tuples with equal Java hash codes are rebuilt and split into classes by equals: within a class
     * every key must be equal (digest and equals), between classes no key may be. Returns the number
     * of distinct tuples.
     */
    private long countTuplesRequiringOneKeyEach(long[] sorted) {
        long distinct = 0;
        for (int start = 0, end; start < sorted.length; start = end) {
            end = runEnd(sorted, start);
            if (end - start == 1) {
                distinct++; // alone with its hash code: equal to no other tuple
                continue;
            }
            List<Object[]> classes = new ArrayList<>();
            List<CacheKey> classKeys = new ArrayList<>();
            List<Integer> classIndexes = new ArrayList<>();
            for (int j = start; j < end; j++) {
                int index = indexOf(sorted[j]);
                Object[] tuple = ArgumentTuples.tuple(index);
                CacheKey key = key(tuple);
                boolean placed = false;
                for (int c = 0; c < classes.size(); c++) {
                    boolean same = ArgumentTuples.sameArguments(classes.get(c), tuple);
                    boolean equalKey = classKeys.get(c).equals(key);
                    boolean equalDigest = Arrays.equals(classKeys.get(c).digest(), key.digest());
                    if (same && !(equalKey && equalDigest)) {
                        fail("equal tuples have different keys", classIndexes.get(c), index);
                    } else if (!same && (equalKey || equalDigest)) {
                        fail("distinct tuples share a key", classIndexes.get(c), index);
                    }
                    placed |= same;
                }
                if (!placed) {
                    classes.add(tuple);
                    classKeys.add(key);
                    classIndexes.add(index);
                }
            }
            distinct += classes.size();
        }
        return distinct;
    }

    private CacheKey key(Object[] tuple) {
        return site.key(target, tuple.clone());
    }

    private static int runEnd(long[] sorted, int start) {
        long group = sorted[start] >>> INDEX_BITS;
        int end = start + 1;
        while (end < sorted.length && sorted[end] >>> INDEX_BITS == group) {
            end++;
        }
        return end;
    }

    private static int indexOf(long packed) {
        return (int) (packed & ((1 << INDEX_BITS) - 1));
    }

    private void fail(String what, int a, int b) {
        if (failures.size() < 10) {
            failures.add(what + ": tuple " + a + " " + Arrays.deepToString(ArgumentTuples.tuple(a))
                    + " and tuple " + b + " " + Arrays.deepToString(ArgumentTuples.tuple(b)));
        } else if (failures.size() == 10) {
            failures.add("...");
        }
    }
}
