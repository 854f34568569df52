package dev.cachedcompletion.internal.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.cachedcompletion.support.ReturnType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A cache file is untrusted input: a class name written into it, in any of Jackson's polymorphic
 * forms, must never make the codec build an object of that class.
 */
class ValueCodecTypeIdTest {

    /**
     * Stands in for a deserialization gadget: records being initialized or built. Nothing in this JVM
     * touches it except by name, so any initialization comes from the codec.
     */
    public static final class Gadget {
        static {
            Evidence.INITIALIZED.incrementAndGet();
        }

        public Gadget() {
            Evidence.BUILT.incrementAndGet();
        }

        public void setCommand(String command) {
            Evidence.BUILT.incrementAndGet();
        }
    }

    static final class Evidence {
        static final AtomicInteger INITIALIZED = new AtomicInteger();
        static final AtomicInteger BUILT = new AtomicInteger();
    }

    record Envelope(Object payload) {
    }

    record Annotated(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object payload) {
    }

    private static final String GADGET = Gadget.class.getName();

    @AfterEach
    void gadgetWasNeverInitializedNorBuilt() {
        // Loading a named class runs its static initializer: that alone is gadget surface.
        assertThat(Evidence.INITIALIZED).hasValue(0);
        assertThat(Evidence.BUILT).hasValue(0);
    }

    @Test
    void wrapperArrayTypeIdInAnObjectComponentStaysPlainData() {
        Object decoded = decode(new ReturnType<Envelope>() { },
                "{\"payload\":[\"" + GADGET + "\",{\"command\":\"rm -rf /\"}]}");

        assertThat(((Envelope) decoded).payload()).isEqualTo(List.of(GADGET, Map.of("command", "rm -rf /")));
    }

    @Test
    void classPropertyInAnObjectComponentStaysPlainData() {
        Object decoded = decode(new ReturnType<Envelope>() { },
                "{\"payload\":{\"@class\":\"" + GADGET + "\",\"command\":\"x\"}}");

        assertThat(((Envelope) decoded).payload()).isInstanceOf(Map.class);
    }

    @Test
    void typeIdsInAListOfObjectsStayPlainData() {
        Object decoded = decode(new ReturnType<List<Object>>() { },
                "[[\"java.net.URL\",\"http://attacker.example/\"],{\"@class\":\"" + GADGET + "\"}]");

        assertThat((List<?>) decoded).noneSatisfy(e -> assertThat(e).isInstanceOfAny(java.net.URL.class, Gadget.class));
    }

    @Test
    void classIdRequestedByAnAnnotationIsRefused() {
        // A return type that asks for class-name ids itself still gets no class the validator did not allow.
        Throwable refused = catchThrowable(() -> decode(new ReturnType<Annotated>() { },
                "{\"payload\":{\"@class\":\"" + GADGET + "\",\"command\":\"x\"}}"));

        Throwable refusedGeneric = catchThrowable(() -> decode(new ReturnType<Annotated>() { },
                "{\"payload\":{\"@class\":\"java.util.ArrayList<" + GADGET + ">\"}}"));

        assertThat(refused).isInstanceOf(ValueCodecException.class);
        assertThat(refusedGeneric).isInstanceOf(ValueCodecException.class);
    }

    /** Decodes {@code json} behind a valid header for shape 0, as a tampered cache file would hold it. */
    private static Object decode(ReturnType<?> type, String json) {
        byte[] header = {ValueCodec.MAGIC_0, ValueCodec.MAGIC_1, ValueCodec.FORMAT_VERSION, ValueCodec.JSON_CODEC, 0, 0, 0, 0};
        byte[] payload = json.getBytes(UTF_8);
        byte[] bytes = new byte[header.length + payload.length];
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(payload, 0, bytes, header.length, payload.length);
        return ValueCodecRejectionTest.codec(type, 0).decode(bytes);
    }
}
