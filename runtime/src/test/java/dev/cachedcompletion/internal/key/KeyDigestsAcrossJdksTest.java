package dev.cachedcompletion.internal.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same arguments give the same key on every JDK. The corpus digests are compared with a
 * committed golden file on whichever JDK runs the build (CI runs it on 17 and on 25), and, where
 * the other of those JDKs is installed, with a run of the corpus in a JVM of that JDK.
 */
class KeyDigestsAcrossJdksTest {

    private static final String GOLDEN = "golden-key-digests.txt";

    /** Where the machines of this project keep the JDKs CI builds with. */
    private static final List<Path> JDK_HOMES = List.of(
            Path.of("/usr/lib/jvm/java-17-openjdk-amd64"),
            Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));

    @Test
    void digestsMatchTheGoldenFile() throws IOException {
        assertThat(KeyDigestCorpus.lines()).containsExactlyElementsOf(golden());
    }

    @Test
    void anotherJdkComputesTheSameDigests() throws IOException, InterruptedException {
        Path otherJava = otherJdkJava();
        assumeTrue(otherJava != null, "no second JDK installed beside " + Runtime.version());

        Process process = new ProcessBuilder(otherJava.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), KeyDigestCorpus.class.getName())
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the forked JVM finished").isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).as("digests from " + otherJava).containsExactlyElementsOf(KeyDigestCorpus.lines());
    }

    /** The java binary of a listed JDK whose feature version differs from this one's, or null. */
    private static Path otherJdkJava() throws IOException {
        Path running = Path.of(System.getProperty("java.home")).toRealPath();
        for (Path home : JDK_HOMES) {
            Path java = home.resolve("bin/java");
            if (Files.isExecutable(java) && !home.toRealPath().equals(running)
                    && !Files.readString(home.resolve("release")).contains("JAVA_VERSION=\"" + Runtime.version().feature())) {
                return java;
            }
        }
        return null;
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = KeyDigestsAcrossJdksTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as(GOLDEN + " on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }
}
