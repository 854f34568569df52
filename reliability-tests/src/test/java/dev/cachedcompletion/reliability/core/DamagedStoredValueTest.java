package dev.cachedcompletion.reliability.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value in the cache file that is garbage, truncated, of another format or of another shape is a
 * miss: the method runs, the caller gets its answer and never an exception, and the bad bytes are
 * overwritten with a good value that the next call hits. The bad bytes are written with raw JDBC
 * into the row the store itself wrote, found by the digest of the generated key.
 */
class DamagedStoredValueTest {

    private static final int HEADER = 8;
    private static final AtomicInteger MISSES_THEN_OVERWRITTEN = new AtomicInteger();

    /** One way to damage a good stored value; named for the test report. */
    record Damage(String name, UnaryOperator<byte[]> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir
    Path dir;

    private final StoredValueService service = new StoredValueService();
    private CacheFileRows rows;

    @BeforeEach
    void openFile() throws Exception {
        Path file = dir.resolve("damaged.db");
        CachedCompletions.useStore("sqlite:" + file);
        service.text("creates the file");
        rows = new CacheFileRows(file);
    }

    @AfterEach
    void closeFile() throws Exception {
        rows.close();
        CachedCompletions.useConfiguredStore();
    }

    @AfterAll
    static void report() {
        System.out.printf("[reliability] damaged stored values (sqlite): %d kinds were a miss, then overwritten"
                + " and hit; no exception reached a caller%n", MISSES_THEN_OVERWRITTEN.get());
    }

    static Stream<Damage> damagedStrings() {
        return Stream.concat(damagedEnvelopes(), Stream.of(
                json("JSON of an object where a string was stored", "{\"text\":\"x\"}"),
                oldShape("old shape: the method returned a number", "42")));
    }

    static Stream<Damage> damagedAnswers() {
        return Stream.concat(damagedEnvelopes(), Stream.of(
                json("old shape: another record's JSON", "{\"title\":\"x\",\"pages\":3}"),
                json("old shape: a component since added", "{\"text\":\"x\"}"),
                json("old shape: a component since removed", "{\"text\":\"x\",\"tokens\":1,\"model\":\"m\"}"),
                json("old shape: a component renamed", "{\"content\":\"x\",\"tokens\":1}"),
                json("old shape: int component was nullable", "{\"text\":\"x\",\"tokens\":null}"),
                // Jackson would coerce these to the new types; the old shape's header is what refuses them.
                oldShape("old shape: int component was a string", "{\"text\":\"x\",\"tokens\":\"12\"}"),
                oldShape("old shape: int component was a double", "{\"text\":\"x\",\"tokens\":1.5}"),
                oldShape("old shape: string component was a number", "{\"text\":5,\"tokens\":1}"),
                json("old shape: positional array", "[\"x\",1]")));
    }

    /** Damage that applies to a value of any type: the bytes or the header are wrong. */
    private static Stream<Damage> damagedEnvelopes() {
        byte[] garbage = new byte[64];
        new Random(3).nextBytes(garbage);
        return Stream.of(
                new Damage("random garbage", good -> garbage.clone()),
                new Damage("empty value", good -> new byte[0]),
                new Damage("shorter than the header", good -> Arrays.copyOf(good, 5)),
                new Damage("header and no JSON", good -> Arrays.copyOf(good, HEADER)),
                new Damage("JSON truncated in the middle",
                        good -> Arrays.copyOf(good, HEADER + (good.length - HEADER) / 2)),
                new Damage("JSON followed by garbage", good -> concat(good, "}]x".getBytes(UTF_8))),
                new Damage("invalid UTF-8 inside the JSON string", good -> concat(Arrays.copyOf(good, HEADER),
                        new byte[] {'"', (byte) 0xC3, '(', '"'})),
                new Damage("another format version", good -> with(good, 2, (byte) (good[2] + 1))),
                new Damage("another codec", good -> with(good, 3, (byte) 0x7F)),
                new Damage("header of another shape, JSON intact",
                        good -> concat(otherShapeHeader(good), Arrays.copyOfRange(good, HEADER, good.length))),
                json("JSON null", "null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedStrings")
    void damagedStringValueIsAMissThenOverwritten(Damage damage) throws Exception {
        String prompt = "text: " + damage;
        assertMissThenOverwritten(damage, "text(java.lang.String)", prompt, () -> service.text(prompt));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedAnswers")
    void damagedRecordValueIsAMissThenOverwritten(Damage damage) throws Exception {
        String prompt = "answer: " + damage;
        assertMissThenOverwritten(damage, "answer(java.lang.String)", prompt, () -> service.answer(prompt));
    }

    private void assertMissThenOverwritten(Damage damage, String descriptor, String prompt,
            Callable<Object> call) throws Exception {
        Object first = call.call();
        byte[] digest = new StoredValueService_CachedCompletion().site(descriptor)
                .key(service, new Object[] {prompt}).digest();
        byte[] good = rows.value(digest);
        assertThat(good).as("the row the store wrote under the generated key's digest").isNotNull();
        byte[] bad = damage.apply().apply(good);
        rows.replaceValue(digest, bad);
        int runsBefore = service.calls.get();

        Object second = call.call(); // an exception here fails the test: the caller must never see one

        assertThat(service.calls.get()).as("the damaged value was a miss: the body ran").isEqualTo(runsBefore + 1);
        assertThat(second).as("the body's fresh answer, not something read from the damage")
                .isNotNull().isNotEqualTo(first);
        byte[] rewritten = rows.value(digest);
        assertThat(rewritten).as("the damage was overwritten with a value of the current header")
                .isNotEqualTo(bad).startsWith(Arrays.copyOf(good, HEADER));
        assertThat(call.call()).as("the overwritten value is a hit").isEqualTo(second);
        assertThat(service.calls.get()).isEqualTo(runsBefore + 1);
        MISSES_THEN_OVERWRITTEN.incrementAndGet();
    }

    /** The good value's header followed by {@code json}: a value of the right envelope but the wrong content. */
    private static Damage json(String name, String json) {
        return new Damage(name, good -> concat(Arrays.copyOf(good, HEADER), json.getBytes(UTF_8)));
    }

    /** {@code json} behind the good header with another shape fingerprint, as an older build of the class wrote it. */
    private static Damage oldShape(String name, String json) {
        return new Damage(name, good -> concat(otherShapeHeader(good), json.getBytes(UTF_8)));
    }

    private static byte[] otherShapeHeader(byte[] good) {
        byte[] header = Arrays.copyOf(good, HEADER);
        for (int i = 4; i < HEADER; i++) {
            header[i] = (byte) ~header[i];
        }
        return header;
    }

    private static byte[] with(byte[] bytes, int index, byte value) {
        byte[] copy = bytes.clone();
        copy[index] = value;
        return copy;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
