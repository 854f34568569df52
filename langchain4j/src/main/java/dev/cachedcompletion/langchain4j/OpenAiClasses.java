package dev.cachedcompletion.langchain4j;

/**
 * Names of the langchain4j-open-ai classes this module knows, which is an optional dependency. Code
 * that touches them lives in {@link OpenAiParameterTrees} and {@link OpenAiResponseParts} and is
 * called only after a check here, which compares names and so loads nothing: on a class path
 * without langchain4j-open-ai those two classes are never loaded. Stateless.
 */
final class OpenAiClasses {

    static final String CHAT_REQUEST_PARAMETERS = "dev.langchain4j.model.openai.OpenAiChatRequestParameters";
    static final String CHAT_RESPONSE_METADATA = "dev.langchain4j.model.openai.OpenAiChatResponseMetadata";
    static final String TOKEN_USAGE = "dev.langchain4j.model.openai.OpenAiTokenUsage";

    private OpenAiClasses() {}

    /** Whether {@code value}'s class is exactly the class named {@code className}. */
    static boolean isExactly(Object value, String className) {
        return value != null && value.getClass().getName().equals(className);
    }

    /** Whether langchain4j-open-ai can be loaded, checked once per class loader of this module. */
    static boolean present() {
        return Presence.PRESENT;
    }

    private static final class Presence {
        static final boolean PRESENT = canLoad(CHAT_RESPONSE_METADATA);

        private static boolean canLoad(String className) {
            try {
                Class.forName(className, false, OpenAiClasses.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }
}
