package dev.cachedcompletion.openai;

import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Chat completions as the API returns them, parsed by the SDK as its client parses a response. */
final class Fixtures {

    private Fixtures() {
    }

    /** {@code completions/<name>.json} beside this class. */
    static byte[] json(String name) {
        String path = "completions/" + name + ".json";
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ChatCompletion completion(String name) {
        try {
            return ObjectMappers.jsonMapper().readValue(json(name), ChatCompletion.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
