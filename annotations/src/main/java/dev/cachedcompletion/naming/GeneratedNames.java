package dev.cachedcompletion.naming;

/**
 * The one rule that names the class the annotation processor generates for a class with
 * {@code @CachedCompletion} methods. The processor calls it to name the class it writes, the runtime
 * to find that class again for a woven method: written once, so the two cannot drift apart.
 *
 * <p>Not an API for applications. It lives in the annotations artifact only because that is the one
 * artifact both the processor and the runtime depend on.
 */
public final class GeneratedNames {

    /** Ends every generated class name: {@code JokeService_CachedCompletion}. */
    public static final String SUFFIX = "_CachedCompletion";

    private GeneratedNames() {
    }

    /**
     * The binary name of the generated sibling of the class with binary name {@code binaryName}, in the
     * same package: {@code com.acme.JokeService} → {@code com.acme.JokeService_CachedCompletion}.
     *
     * <p>The nested part of the name is escaped so that no two classes share a generated class: each
     * {@code _} becomes {@code _u} and each nesting {@code $} becomes {@code __}, so {@code Chat.Bot}
     * ({@code Chat$Bot}) gives {@code Chat__Bot_CachedCompletion} and a top-level {@code Chat_Bot} gives
     * {@code Chat_uBot_CachedCompletion}. Every {@code _} of an escaped name starts a pair ({@code __} or
     * {@code _u}), so the escaped name reads back to exactly one class name, and the suffix (whose
     * {@code _C} is no pair) cannot be confused with the escaped part.
     *
     * @throws NullPointerException if {@code binaryName} is null
     */
    public static String keysClass(String binaryName) {
        int lastDot = binaryName.lastIndexOf('.');
        StringBuilder name = new StringBuilder(binaryName.length() + SUFFIX.length() + 4)
                .append(binaryName, 0, lastDot + 1);
        for (int i = lastDot + 1; i < binaryName.length(); i++) {
            char c = binaryName.charAt(i);
            if (c == '_') {
                name.append("_u");
            } else if (c == '$') {
                name.append("__");
            } else {
                name.append(c);
            }
        }
        return name.append(SUFFIX).toString();
    }
}
