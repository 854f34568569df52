package dev.cachedcompletion.langchain4j;

import dev.cachedcompletion.spi.KeyEncoder;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * Keys a LangChain4j {@link ChatRequest} by what the model sees: the messages in order, each with
 * its kind and content, and the parameters (model name, sampling, limits, stop sequences, tools
 * with their full parameter schemas, tool choice, response format, and the OpenAI parameters that
 * change the answer when the request carries {@code OpenAiChatRequestParameters}).
 *
 * <p>Left out, because they change between identical requests or do not change the answer:
 * tool-call ids (numbered {@code "#0"}, {@code "#1"}, ... by first appearance instead, so that
 * which result answers which call still counts); attributes of user messages and tool results
 * (never sent); OpenAI's {@code user}, {@code store}, {@code metadata} and {@code serviceTier}.
 * The model's own defaults (the model name and temperature given to its builder) are not in a
 * {@code ChatRequest} and so not in this key: see docs/LANGCHAIN4J.md.
 *
 * <p>A message, content, schema element or parameters object of a class this encoder does not
 * know (including a subclass of a known one) is keyed by its class name and {@code toString()}.
 *
 * <p>Stateless and thread-safe; {@link #keyTree} builds a new tree on every call and reads the
 * request only. Works without langchain4j-open-ai on the class path.
 */
public final class ChatRequestKeyEncoder implements KeyEncoder<ChatRequest> {

    /** The name and version of the tree this encoder builds. */
    public static final String FORM = "langchain4j.ChatRequest/1";

    /** Used by generated code; the encoder holds no state. */
    public ChatRequestKeyEncoder() {}

    @Override
    public String form() {
        return FORM;
    }

    /** The key tree of {@code request}, which must not be {@code null}. */
    @Override
    public Object keyTree(ChatRequest request) {
        Map<String, Object> tree = new HashMap<>();
        tree.put("messages", MessageTrees.of(request.messages(), new ToolCallIds()));
        tree.put("parameters", ParameterTrees.of(request.parameters()));
        if (request.getClass() != ChatRequest.class) {
            // A subclass may carry more than messages and parameters.
            tree.put("request", ValueTrees.opaque(request));
        }
        return tree;
    }
}
