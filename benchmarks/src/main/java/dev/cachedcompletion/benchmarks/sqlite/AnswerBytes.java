package dev.cachedcompletion.benchmarks.sqlite;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Stored answers of an exact size, of two kinds: {@code text}, English-like prose in a JSON string
 * (words of a 2,000-word vocabulary, Zipf-distributed, so it deflates about as much as model output
 * does), and {@code random}, bytes that do not deflate at all (what the layout alone costs).
 */
final class AnswerBytes {

    private static final String[] WORDS = vocabulary(2_000);
    private static final double[] ZIPF = zipf(WORDS.length);

    private AnswerBytes() {
    }

    static byte[] of(String kind, int bytes, Random random) {
        if (kind.equals("random")) {
            byte[] b = new byte[bytes];
            random.nextBytes(b);
            return b;
        }
        StringBuilder sb = new StringBuilder(bytes + 16).append("CV\u0001\u0001{\"text\":\"");
        while (sb.length() < bytes - 2) {
            sb.append(word(random)).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        sb.setLength(bytes - 2);
        return sb.append("\"}").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String word(Random random) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = ZIPF.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ZIPF[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return WORDS[lo];
    }

    private static String[] vocabulary(int n) {
        String[] syllables = {"ka", "to", "ri", "an", "el", "mo", "us", "th", "er", "in", "qu", "ne", "so", "li", "ve",
            "st", "or", "pa", "de", "ing", "tion", "ly", "com", "pre", "al"};
        Random r = new Random(42);
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder();
            for (int s = 1 + r.nextInt(3); s > 0; s--) {
                w.append(syllables[r.nextInt(syllables.length)]);
            }
            words[i] = w.toString();
        }
        return words;
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }
}
