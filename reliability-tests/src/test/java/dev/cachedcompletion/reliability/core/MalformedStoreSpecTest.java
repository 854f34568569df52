package dev.cachedcompletion.reliability.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheConfigurationException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed {@code cachedcompletion.store} fails the first cached call (and every later one) with
 * a message that names the property, the value and the valid forms, and says what is wrong; the
 * model is not called behind the user's back. One forked JVM: the first spec comes from
 * {@code -D} at its first use, the others are set as the property and re-read in the same JVM.
 */
class MalformedStoreSpecTest {

    /** A malformed spec, the kind of mistake it stands for, and a fragment of the reason the message must give. */
    record Case(String kind, String spec, String reason) {
    }

    private static final List<Case> MALFORMED = List.of(
            new Case("bad size", "memory?maxBytes=lots", "not a size"),
            new Case("unknown scheme", "mongodb://localhost/cache", "unknown store 'mongodb'"),
            new Case("empty value", "", "empty"),
            new Case("blank value", "   ", "empty"),
            new Case("sqlite with empty path", "sqlite:", "needs a file path"),
            new Case("sqlite without path", "sqlite", "needs a file path"),
            new Case("sqlite in-memory database", "sqlite::memory:", "plain file path"),
            new Case("unknown option", "memory?maxSize=64m", "unknown option 'maxSize'"),
            new Case("option of another store", "none?ttl=1d", "unknown option 'ttl'"),
            new Case("bad number", "memory?maxEntries=lots", "not a whole number"),
            new Case("zero count", "memory?maxEntries=0", "at least 1"),
            new Case("negative count", "memory?maxEntries=-5", "at least 1"),
            new Case("size beyond range", "memory?maxBytes=99999999999999g", "between 1 byte"),
            new Case("zero size", "memory?maxBytes=0", "between 1 byte"),
            new Case("bad duration unit", "memory?ttl=7y", "not a duration"),
            new Case("zero duration", "memory?ttl=0s", "greater than zero"),
            new Case("duration beyond range", "sqlite:x.db?busyTimeout=999999999999999999d", "longer than"),
            new Case("option without value", "memory?ttl=", "has no value"),
            new Case("option without '='", "memory?ttl", "not of the form"),
            new Case("trailing '&'", "memory?ttl=1d&", "not of the form"),
            new Case("option given twice", "memory?ttl=1d&ttl=2d", "given twice"),
            new Case("'?' without options", "memory?", "no option"),
            new Case("location for memory", "memory:/tmp/cache", "takes no location"),
            new Case("no scheme", ":memory", "no store name"));

    @TempDir
    Path dir;

    @Test
    void everyMalformedSpecFailsAtFirstUseAndNamesPropertyValueAndValidForms() throws Exception {
        List<String> valid = List.of("memory", "memory?maxBytes=64m&maxEntries=1000&ttl=7d", "none",
                "sqlite:" + dir.resolve("ok.db") + "?busyTimeout=200ms&ttl=12h");
        List<String> args = new ArrayList<>();
        MALFORMED.subList(1, MALFORMED.size()).forEach(c -> args.add(c.spec()));
        args.addAll(valid);

        long started = System.nanoTime();
        ForkedJvm.Result jvm = ForkedJvm.run(List.of("-Dcachedcompletion.store=" + MALFORMED.get(0).spec()),
                MalformedSpecProbe.class, args, dir, 60);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(jvm.exitCode()).as("probe exit; stderr: %s", jvm.stderr()).isZero();
        assertThat(jvm.stdout()).as("two lines per spec").hasSize(2 * (MALFORMED.size() + valid.size()));
        SoftAssertions softly = new SoftAssertions();
        for (String line : jvm.stdout()) {
            String[] f = line.split("\t", 5);
            int index = Integer.parseInt(f[0]);
            int bodyRuns = Integer.parseInt(f[2]);
            if (index < MALFORMED.size()) {
                Case c = MALFORMED.get(index);
                softly.assertThat(f[3]).as("%s %s", c.kind(), c.spec())
                        .isEqualTo(CacheConfigurationException.class.getName());
                softly.assertThat(f.length == 5 ? f[4] : "").as("message for %s %s", c.kind(), c.spec())
                        .contains("cachedcompletion.store", "\"" + c.spec() + "\"", c.reason(), "Valid forms",
                                "memory[?maxBytes=", "sqlite:<path", "none");
                softly.assertThat(bodyRuns).as("model calls under %s", c.spec()).isZero();
            } else {
                String spec = valid.get(index - MALFORMED.size());
                softly.assertThat(f[3]).as("valid spec %s", spec).isEqualTo("OK");
                int attempt = Integer.parseInt(f[1]);
                // "none" runs the model on every call; the others run it once, then hit.
                softly.assertThat(bodyRuns).as("model calls under %s", spec)
                        .isEqualTo(spec.equals("none") ? attempt : 1);
            }
        }
        softly.assertAll();
        System.out.println("[reliability] malformed store spec, message at first use: "
                + jvm.stdout().get(0).split("\t", 5)[4]);
        System.out.printf("[reliability] malformed store specs: %d kinds each failed both calls with the property,"
                + " value, reason and valid forms; %d valid specs worked; one forked JVM, %d ms%n",
                MALFORMED.size(), valid.size(), millis);
    }
}
