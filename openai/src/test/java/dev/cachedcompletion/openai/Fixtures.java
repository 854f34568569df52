package dev.cachedcompletion.openai;

import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Chat completions and streamed chunks as the API sends them, parsed by the SDK as its client parses a response. */
final class Fixtures {

    private Fixtures() {
    }

    /** {@code completions/<name>.json} beside this class. */
    static byte[] json(String name) {
        return resource("completions/" + name + ".json");
    }

    /** {@code chunks/<name>.json} beside this class: one chunk of a streamed completion. */
    static byte[] chunkJson(String name) {
        return resource("chunks/" + name + ".json");
    }

    private static byte[] resource(String path) {
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
        return parsed(json(name), ChatCompletion.class);
    }

    static ChatCompletionChunk chunk(String name) {
        return parsed(chunkJson(name), ChatCompletionChunk.class);
    }

    private static <T> T parsed(byte[] json, Class<T> type) {
        try {
            return ObjectMappers.jsonMapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
