package dev.cachedcompletion.internal.store;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values kept as given or deflated: every value reads back as it was given, and a damaged deflated one is a miss. */
class SqlitePackingTest {

    private final SqlitePacking packing = new SqlitePacking();

    @AfterEach
    void freeZlib() {
        packing.close();
    }

    private static final byte[] TEXT = ("CV\u0001\u0001{\"text\":\"" + "the cat sat on the mat and looked at the dog. ".repeat(60)
            + "\"}").getBytes(US_ASCII);

    @Test
    void shortValueIsKeptAsGiven() {
        byte[] value = Arrays.copyOf(TEXT, SqlitePacking.DEFLATE_FROM - 1);

        assertThat(packing.pack(value)).isSameAs(value);
        assertThat(packing.unpack(value)).isSameAs(value);
    }

    @Test
    void longTextIsDeflatedAndReadsBackAsGiven() {
        byte[] packed = packing.pack(TEXT);

        assertThat(packed.length).isLessThan(TEXT.length / 4);
        assertThat(SqlitePacking.isDeflated(packed)).isTrue();
        assertThat(packing.unpack(packed)).isEqualTo(TEXT);
    }

    @Test
    void valueThatDoesNotDeflateIsKeptAsGiven() {
        byte[] noise = new byte[16_384];
        new Random(1).nextBytes(noise);
        noise[0] = 'C';
        noise[1] = 'V';

        assertThat(packing.pack(noise)).isSameAs(noise);
        assertThat(packing.unpack(noise)).isSameAs(noise);
    }

    /** A given value that starts like a deflated one ("CZ") must not be taken for one when read back. */
    @ParameterizedTest
    @ValueSource(ints = {2, 10, 5_000})
    void valueThatLooksDeflatedReadsBackAsGiven(int length) {
        byte[] lookalike = new byte[length];
        new Random(length).nextBytes(lookalike);
        lookalike[0] = 'C';
        lookalike[1] = 'Z';

        assertThat(packing.unpack(packing.pack(lookalike))).isEqualTo(lookalike);
    }

    @Test
    void damagedDeflatedValuesAreMissesNeverExceptions() {
        byte[] packed = packing.pack(TEXT);
        Random random = new Random(3);
        int misses = 0;
        for (int i = 0; i < 2_000; i++) {
            byte[] damaged = packed.clone();
            switch (i % 4) {
                case 0 -> damaged = Arrays.copyOf(packed, 2 + random.nextInt(packed.length - 2)); // truncated
                case 1 -> damaged[10 + random.nextInt(packed.length - 10)] ^= (byte) (1 + random.nextInt(255)); // a flipped byte
                case 2 -> damaged[2 + random.nextInt(8)] ^= (byte) (1 + random.nextInt(255)); // a lying length or checksum
                default -> {
                    damaged = Arrays.copyOf(packed, packed.length + 1 + random.nextInt(8)); // trailing bytes
                }
            }
            byte[] unpacked = packing.unpack(damaged);
            if (unpacked == null) {
                misses++;
            } else {
                // A flipped padding bit after the last block changes nothing: the very value, never another.
                assertThat(unpacked).as("damage %d", i).isEqualTo(TEXT);
            }
        }
        assertThat(misses).as("damaged values read as misses").isGreaterThan(1_900);
    }

    @Test
    void statedLengthBeyondWhatDeflateCanProduceIsNotAllocated() {
        byte[] lie = {'C', 'Z', 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0, 0x01, 0x00};

        assertThat(packing.unpack(lie)).isNull();
        assertThat(packing.unpack(new byte[] {'C', 'Z', 0})).isNull();
    }
}
