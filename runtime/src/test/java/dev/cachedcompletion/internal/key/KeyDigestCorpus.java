package dev.cachedcompletion.internal.key;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.support.KeyValues;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.testing.SyntheticSite;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed corpus of key arguments and the digest of each key, one {@code name digest} line per case.
 * Run in this JVM by {@link KeyDigestsAcrossJdksTest} and, through {@link #main}, in another JDK's
 * JVM: the lines must be equal, and equal to the committed golden file. The numbers include values
 * whose {@code Float.toString}/{@code Double.toString} text differs between JDK 17 and JDK 19+.
 */
public final class KeyDigestCorpus {

    private static final SyntheticSite SITE = new SyntheticSite("golden.Corpus#ask(..)", 3, "openai:gpt-4o-mini;t=0",
            -1, new ReturnType<String>() { }, true, 0x5A17E, 1);

    private KeyDigestCorpus() {
    }

    /** Prints the corpus lines, for a run on another JDK. */
    public static void main(String[] args) {
        lines().forEach(System.out::println);
    }

    /** {@code name digest}, in a fixed order. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        cases().forEach((name, part) -> {
            CacheKey key = SITE.keyOf(part);
            lines.add(name + " " + HexFormat.of().formatHex(key.digest()));
        });
        return lines;
    }

    private static Map<String, Object> cases() {
        Map<String, Object> cases = new LinkedHashMap<>();
        float[] floats = {0.7f, 3.0E10f, 2.0E-3f, 1.0E23f, 8.41E21f, 1.4E-45f, Float.MIN_NORMAL, Float.MAX_VALUE,
            -0.0f, 0.1f, 1.0f / 3, 16777217f, 9.999999E-4f, Float.NaN, Float.NEGATIVE_INFINITY};
        double[] doubles = {0.7, 0.1 + 0.2, 2.0E23, 1.0E23, 5.0E-324, Double.MIN_NORMAL, Double.MAX_VALUE, -0.0,
            1.0 / 3, 9007199254740993.0, 2.0E-3, 1.9400994884341945E25, Double.NaN};
        for (float f : floats) {
            cases.put("float:" + Integer.toHexString(Float.floatToRawIntBits(f)), f);
            cases.put("tree-float:" + Integer.toHexString(Float.floatToRawIntBits(f)), KeyTree.canonical(f));
        }
        for (double d : doubles) {
            cases.put("double:" + Long.toHexString(Double.doubleToRawLongBits(d)), d);
            cases.put("tree-double:" + Long.toHexString(Double.doubleToRawLongBits(d)), KeyTree.canonical(d));
        }
        cases.put("big-decimal", new BigDecimal("-3.1400"));
        cases.put("big-decimal-exponent", new BigDecimal("1.5E+400"));
        cases.put("tree-big-decimal", KeyTree.canonical(new BigDecimal("0.70")));
        cases.put("big-integer", new BigInteger("-123456789012345678901234567890"));
        cases.put("tree-big-integer", KeyTree.canonical(BigInteger.TWO.pow(80)));
        cases.put("nested-map", KeyValues.map(Map.of("b", KeyValues.map(Map.of("y", 2.5f, "x", KeyValues.list(List.of(1, 2)))),
                "a", KeyValues.list(List.of(0.1, -7L)))));
        cases.put("record", KeyValues.record("golden.Prompt", "tell a joke", 0.7f, 0.9d, DayOfWeek.FRIDAY,
                KeyValues.array(new float[] {3.0E10f, 1.0E-10f})));
        cases.put("client-request", KeyValues.record("openai.ChatCompletionCreateParams/1",
                KeyTree.canonical(chatRequest())));
        return cases;
    }

    /** A chat request as an integration's key encoder gives it: a JSON-like tree. */
    private static Map<String, Object> chatRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("model", "gpt-4o-mini");
        request.put("temperature", 0.7f);
        request.put("top_p", 0.95);
        request.put("max_tokens", 256);
        request.put("seed", 42L);
        request.put("budget", 3.0E10f);
        request.put("presence_penalty", new BigDecimal("0.50"));
        request.put("logit_bias", Map.of("50256", -100, "198", 2.5f));
        request.put("messages", List.of(
                Map.of("role", "system", "content", "You are terse."),
                Map.of("role", "user", "content", "Why is the sky blue? \uD83C\uDF0D")));
        request.put("stop", java.util.Arrays.asList("\n\n", null));
        return request;
    }
}
