package dev.cachedcompletion.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever shows a store spec — the configuration error every call throws, a store's description,
 * the spec's own {@code toString} — never shows its password: tried with passwords holding every
 * character that means something in a URL, inside well-formed and malformed specs of every kind.
 * Each password is built from two fragments that appear nowhere else, so a leaked piece is found too.
 */
class SpecRedactionCorpusTest {

    private static final String HEAD = "Ta7";
    private static final String TAIL = "Ub8";
    private static final String SPECIALS = "?@/#&%=:";

    /** Specs around a password, {@code PW}; every one has an {@code @} after it, as user info does. */
    private static final List<String> TEMPLATES = List.of(
            "redis://app:PW@localhost:6379",
            "rediss://:PW@cache.internal/2?ttl=7d",
            "redis-cluster://app:PW@a:7000,b:7001",
            "redis://app:PW@",
            "redis://app:PW@host:notaport",
            "redis://app:PW@host:0",
            "redis://app:PW@host/x",
            "redis://app:PW@host:6379/0#fragment",
            "redis://app:PW@host/3?bogus=1",
            "redis://app:PW@host?prefix=",
            "redis://app:PW@host?ttl=1d&ttl=2d",
            "redis://app:PW@host?",
            "redis://app:PW@host?&",
            "redis://app:PW@host?ttl=soon",
            "redis://app:PW@host?lease=2h",
            "redis://app:PW@host?maxConnections=99999",
            "REDIS://app:PW@host:6379/0?readTimeout=0ms",
            "redis://app:PW@[::1",
            "redis://app:PW@h1,h2",
            "redis-cluster://app:PW@h1,,h2",
            "rediss-cluster://app:PW@h1/2",
            "redis://PW@host",
            "redis:app:PW@host",
            "redis:/app:PW@host",
            "//app:PW@host",
            "app:PW@host",
            ":PW@host",
            "unknown://app:PW@host",
            "memory:app:PW@host",
            "none:app:PW@host",
            "  redis://app:PW@host  ");

    @Test
    void noPasswordAppearsInAnythingThatShowsASpec() {
        List<String> passwords = passwords();
        int shown = 0;
        for (String template : TEMPLATES) {
            for (String password : passwords) {
                String spec = template.replace("PW", password);
                for (String text : whatIsShown(spec)) {
                    assertThat(text).as("shown for spec %s", spec).doesNotContain(HEAD).doesNotContain(TAIL);
                    shown++;
                }
            }
        }
        assertThat(shown).isGreaterThan(TEMPLATES.size() * passwords.size());
    }

    /** Each special character before, inside and after the password, every pair, and all at once. */
    private static List<String> passwords() {
        List<String> passwords = new ArrayList<>();
        for (char c : SPECIALS.toCharArray()) {
            passwords.add(c + HEAD + TAIL);
            passwords.add(HEAD + c + TAIL);
            passwords.add(HEAD + TAIL + c);
            for (char d : SPECIALS.toCharArray()) {
                passwords.add(HEAD + c + d + TAIL);
            }
        }
        passwords.add(HEAD + SPECIALS + TAIL);
        passwords.add(HEAD + "%40" + TAIL);
        passwords.add(HEAD + "%4" + TAIL);
        passwords.add(HEAD + "%C3%28" + TAIL);
        return passwords;
    }

    /** The configuration error, or the store's description; and the parsed spec's text where it parses. */
    private static List<String> whatIsShown(String spec) {
        List<String> shown = new ArrayList<>();
        shown.add(StoreSpec.redact(spec));
        try {
            shown.add(StoreSpec.parse(spec).toString());
        } catch (RuntimeException e) {
            shown.add(e.getMessage());
        }
        try (CompletionStore store = StoreFactory.open(spec, StoreFactory.ENVIRONMENT)) {
            shown.add(store.describe());
            shown.add(String.valueOf(store));
        } catch (CacheConfigurationException e) {
            shown.add(e.getMessage());
        }
        return shown;
    }
}
