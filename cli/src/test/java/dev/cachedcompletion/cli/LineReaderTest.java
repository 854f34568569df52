package dev.cachedcompletion.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<String> lines(LineReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        for (byte[] line; (line = reader.next()) != null; ) {
            out.add(reader.wasTooLong() ? "<too long>" : new String(line, UTF_8));
        }
        return out;
    }

    @Test
    void splitsOnLineFeedsAndDropsACarriageReturnBeforeThem() throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream("a\r\n\nb\nlast".getBytes(UTF_8)));

        assertThat(lines(reader)).containsExactly("a", "", "b", "last");
        assertThat(reader.position()).isEqualTo(10);
    }

    @Test
    void aLineOverTheLimitIsFlaggedAndTheNextLinesAreReadNormally() throws IOException {
        String longLine = "x".repeat(100);
        LineReader reader = new LineReader(new ByteArrayInputStream(("ok\n" + longLine + "\nafter\n").getBytes(UTF_8)), 50);

        assertThat(lines(reader)).containsExactly("ok", "<too long>", "after");
    }

    @Test
    void linesLongerThanTheReadBufferStayWhole() throws IOException {
        String big = "y".repeat(200_000);

        assertThat(lines(new LineReader(new ByteArrayInputStream((big + "\nz").getBytes(UTF_8))))).containsExactly(big, "z");
    }

    @Test
    void anEmptyInputHasNoLines() throws IOException {
        assertThat(lines(new LineReader(new ByteArrayInputStream(new byte[0])))).isEmpty();
    }
}
