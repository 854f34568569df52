package dev.cachedcompletion.processor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "apiKey", "api_key", "API_KEY", "APIKey", "x-api-key", "apikey", "openaiApiKey", "secretKey", "privateKey",
        "accessKey", "authKey", "token", "accessToken", "refreshToken", "bearerToken", "bearer", "password",
        "dbPassword", "passwd", "passphrase", "secret", "clientSecret", "authorization", "credentials",
        "credential", "secrets", "passwords", "apiKeys", "openAiKey", "apiKeyId", "signingKey"})
    void credentials(String name) {
        assertThat(CredentialNames.looksLikeCredential(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "maxTokens", "tokenCount", "tokens", "keyword", "key", "primaryKey", "monkey", "topic", "secretary",
        "tokenizer", "model", "keys", "cacheKeys", "x", ""})
    void notCredentials(String name) {
        assertThat(CredentialNames.looksLikeCredential(name)).isFalse();
    }

    @Test
    void wordsSplitAtHumpsDigitsAndSeparators() {
        assertThat(CredentialNames.words("accessToken")).containsExactly("access", "token");
        assertThat(CredentialNames.words("APIKey")).containsExactly("api", "key");
        assertThat(CredentialNames.words("api_key2-v")).containsExactly("api", "key", "v");
        assertThat(CredentialNames.words("HTTPRequest")).containsExactly("http", "request");
    }
}
