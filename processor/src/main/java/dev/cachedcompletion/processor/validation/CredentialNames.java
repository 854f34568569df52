package dev.cachedcompletion.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognizes parameter names that look like credentials, so that a secret does not end up in a key
 * by accident. Names are split into words at camelCase humps, digits, '_' and '-'.
 *
 * <p>Flagged: any word among password/passwd/secret/authorization/credential(s)/apikey; a name that
 * ends in {@code token} ({@code token}, {@code accessToken}, not {@code maxTokens} or
 * {@code tokenCount}); {@code key} or {@code keys} right after api/secret/private/access/auth/ai/
 * openai/signing anywhere in the name ({@code apiKey}, {@code api_key}, {@code apiKeyId},
 * {@code openAiKey}); plurals of these words too.
 */
public final class CredentialNames {

    private static final Set<String> CREDENTIAL_WORDS = Set.of(
            "password", "passwords", "passwd", "passphrase", "passphrases", "secret", "secrets", "authorization",
            "credential", "credentials", "apikey", "apikeys", "bearer");
    private static final Set<String> KEY_QUALIFIERS = Set.of(
            "api", "secret", "private", "access", "auth", "ai", "openai", "signing");

    private CredentialNames() {
    }

    /** Whether a parameter of this name probably holds a credential. */
    public static boolean looksLikeCredential(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        for (String word : words) {
            if (CREDENTIAL_WORDS.contains(word)) {
                return true;
            }
        }
        String last = words.get(words.size() - 1);
        if (last.equals("token")) {
            return true;
        }
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if ((word.equals("key") || word.equals("keys")) && KEY_QUALIFIERS.contains(words.get(i - 1))) {
                return true; // apiKey, apiKeys, apiKeyId, openAiKey
            }
        }
        return false;
    }

    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean boundary = c == '_' || c == '-' || c == '$' || Character.isDigit(c);
            boolean hump = Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1))
                        || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
            if ((boundary || hump) && current.length() > 0) {
                words.add(current.toString().toLowerCase(Locale.ROOT));
                current.setLength(0);
            }
            if (!boundary) {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            words.add(current.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
