package dev.cachedcompletion.reliability.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cache file is untrusted input. Stored values crafted to name classes, in every polymorphic form
 * Jackson knows, are written with raw JDBC behind a valid header: each is a miss, and no class named
 * in the data is loaded or built. The canaries' static initializers and constructors would say so.
 */
class GadgetPayloadTest {

    private static final int HEADER = 8;
    private static final String CANARY = GadgetCanary.class.getName();
    private static final String UNRELATED = UnrelatedCanary.class.getName();

    @TempDir
    Path dir;

    private final GadgetTargetService service = new GadgetTargetService();
    private CacheFileRows rows;

    @BeforeEach
    void openFile() throws Exception {
        Path file = dir.resolve("hostile.db");
        CachedCompletions.useStore("sqlite:" + file);
        rows = new CacheFileRows(file);
    }

    @AfterEach
    void nothingWasLoadedOrBuilt() throws Exception {
        rows.close();
        CachedCompletions.useConfiguredStore();
        assertThat(CanaryEvidence.INITIALIZED).as("canary classes loaded by name").hasValue(0);
        assertThat(CanaryEvidence.BUILT).as("canary objects built from data").hasValue(0);
    }

    /**
     * Proves the payloads are real gadget payloads, not junk that fails for another reason: Jackson
     * with its default validator does load and build the canaries from them. Runs last, because it
     * leaves the evidence the tests above must not find.
     */
    @AfterAll
    static void thePayloadsWorkAgainstAPermissiveMapper() throws Exception {
        ObjectMapper permissive = new ObjectMapper();
        Object built = permissive.readValue("{\"@class\":\"" + CANARY + "\",\"command\":\"x\"}", Animal.class);
        assertThat(built).isInstanceOf(GadgetCanary.class);
        assertThat(CanaryEvidence.BUILT.get()).isPositive();
        try {
            permissive.readValue("{\"@class\":\"" + UNRELATED + "\"}", Animal.class);
        } catch (Exception notASubtype) {
            // Refused, but only after loading it.
        }
        assertThat(CanaryEvidence.INITIALIZED).as("both canaries initialized by a permissive mapper").hasValue(2);
        System.out.println("[reliability] gadget payloads: none loaded or built a class through the cache;"
                + " the same payloads load both canaries through a permissive ObjectMapper");
    }

    private static String pen(String animal) {
        return "{\"animal\":" + animal + "}";
    }

    static Stream<Arguments> payloads() {
        return Stream.of(
                // A field's type asks for class-name ids: the textbook gadget setting. (The codec refuses
                // every class-name id, so even honest values of such a type are misses; the processor
                // rejects such a type where it is the return type itself.)
                Arguments.of("animal", pen("{\"@class\":\"" + CANARY + "\",\"name\":\"x\",\"command\":\"touch /tmp/pwned\"}")),
                Arguments.of("animal", pen("{\"@class\":\"" + UNRELATED + "\",\"command\":\"x\"}")),
                Arguments.of("animal", pen("{\"@class\":\"" + CANARY + "<java.lang.String>\"}")),
                Arguments.of("animal", pen("{\"@class\":\"[L" + CANARY + ";\"}")),
                Arguments.of("animal", pen("[\"" + CANARY + "\",{\"command\":\"x\"}]")),
                Arguments.of("animal", pen("{\"@class\":\"com.sun.rowset.JdbcRowSetImpl\","
                        + "\"dataSourceName\":\"ldap://127.0.0.1:1/x\",\"autoCommit\":true}")),
                // Logical type names: a class name in place of a name must not be looked up as a class.
                Arguments.of("shape", "{\"@type\":\"" + CANARY + "\",\"command\":\"x\"}"),
                Arguments.of("shape", "{\"@type\":\"" + UNRELATED + "\",\"label\":\"x\"}"),
                // No type information at all: class names in the data are just unknown properties.
                Arguments.of("reply", "{\"@class\":\"" + CANARY + "\",\"text\":\"x\"}"),
                Arguments.of("reply", "[\"" + UNRELATED + "\",{\"text\":\"x\"}]"),
                Arguments.of("reply", "{\"text\":[\"" + UNRELATED + "\",{\"command\":\"x\"}]}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("payloads")
    void classNamingPayloadIsAMissAndBuildsNothing(String method, String payload) throws Exception {
        String prompt = "prompt for " + payload;
        Callable<Object> call = call(method, prompt);
        Object first = call.call();
        byte[] digest = new GadgetTargetService_CachedCompletion().site(method + "(java.lang.String)")
                .key(service, new Object[] {prompt}).digest();
        byte[] good = rows.value(digest);
        assertThat(good).as("the row the store wrote under the generated key's digest").isNotNull();
        rows.replaceValue(digest, withHeaderOf(good, payload));
        int runsBefore = service.calls.get();

        Object second = call.call();

        assertThat(service.calls.get()).as("the payload was a miss: the body ran").isEqualTo(runsBefore + 1);
        assertThat(second).isNotNull().hasSameClassAs(first);
    }

    @Test
    void logicalTypeNamesStillRoundTrip() throws Exception {
        // The guard against class names must not refuse the polymorphism it allows: a hit, a Circle.
        Shape first = service.shape("round");
        Shape second = service.shape("round");

        assertThat(service.calls).hasValue(1);
        assertThat(second).isInstanceOf(Circle.class).isNotSameAs(first);
        assertThat(((Circle) second).radius).isEqualTo(1.5);
    }

    private Callable<Object> call(String method, String prompt) {
        switch (method) {
            case "animal": return () -> service.animal(prompt);
            case "shape": return () -> service.shape(prompt);
            default: return () -> service.reply(prompt);
        }
    }

    private static byte[] withHeaderOf(byte[] good, String json) {
        byte[] payload = json.getBytes(UTF_8);
        byte[] out = Arrays.copyOf(good, HEADER + payload.length);
        System.arraycopy(payload, 0, out, HEADER, payload.length);
        return out;
    }
}
