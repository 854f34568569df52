package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.CompiledClasses.key;
import static dev.cachedcompletion.processor.KeyAssertions.assertDifferentKey;
import static dev.cachedcompletion.processor.KeyAssertions.assertSameKey;

import com.google.testing.compile.JavaFileObjects;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.support.GeneratedKeys;
import org.junit.jupiter.api.Test;

/**
 * Key parts count wherever a bot's state lives: in a superclass, behind an interface, in the class
 * enclosing an inner class. Two bots with different system prompts once shared answers because the
 * superclass's {@code @KeyPart} was silently ignored.
 */
class InheritedKeyPartsTest {

    private static final String ASK = "ask(java.lang.String)";

    private static final CompiledClasses CLASSES = CompiledClasses.compile(
            JavaFileObjects.forSourceLines("test.Persona",
                    "package test;",
                    "import dev.cachedcompletion.KeyPart;",
                    "import java.util.List;",
                    "public interface Persona {",
                    "    @KeyPart String tone();",
                    "    @KeyPart default List<String> rules() { return java.util.List.of(tone() + \"!\"); }",
                    "    @KeyPart String LOCALE = \"en\";",
                    "}"),
            JavaFileObjects.forSourceLines("test.BaseBot",
                    "package test;",
                    "import dev.cachedcompletion.KeyPart;",
                    "public abstract class BaseBot<M> implements Persona {",
                    "    @KeyPart final String systemPrompt;",
                    "    @KeyPart final M model;",
                    "    @KeyPart final String name = \"base\";",
                    "    protected BaseBot(String systemPrompt, M model) {",
                    "        this.systemPrompt = systemPrompt;",
                    "        this.model = model;",
                    "    }",
                    "}"),
            JavaFileObjects.forSourceLines("test.JokeBot",
                    "package test;",
                    "import dev.cachedcompletion.CachedCompletion;",
                    "import dev.cachedcompletion.KeyPart;",
                    "import java.util.List;",
                    "public class JokeBot extends BaseBot<List<String>> {",
                    "    @KeyPart final String name;",
                    "    final String tone;",
                    "    public JokeBot(String systemPrompt, String name, String tone) {",
                    "        super(systemPrompt, java.util.List.of(\"gpt\", \"4o\"));",
                    "        this.name = name;",
                    "        this.tone = tone;",
                    "    }",
                    "    @Override public String tone() { return tone; }",
                    "    @CachedCompletion public String ask(String q) { return q; }",
                    "}"),
            JavaFileObjects.forSourceLines("test.Outer",
                    "package test;",
                    "import dev.cachedcompletion.CachedCompletion;",
                    "import dev.cachedcompletion.KeyPart;",
                    "public class Outer {",
                    "    @KeyPart static String region = \"eu\";",
                    "    public class Inner {",
                    "        @CachedCompletion public String ask(String q) { return q; }",
                    "    }",
                    "}"));

    private final GeneratedKeys bots = CLASSES.keys("test.JokeBot_CachedCompletion");

    @Test
    void aSuperclassKeyPartSeparatesBots() {
        CacheKey pirate = key(bots, ASK, bot("You are a pirate.", "jo", "dry"), "a joke");

        assertSameKey(key(bots, ASK, bot("You are a pirate.", "jo", "dry"), "a joke"), pirate);
        assertDifferentKey(key(bots, ASK, bot("You are a poet.", "jo", "dry"), "a joke"), pirate);
    }

    @Test
    void aShadowedFieldAndInterfaceKeyPartsCountToo() {
        CacheKey base = key(bots, ASK, bot("p", "jo", "dry"), "a joke");

        assertDifferentKey(key(bots, ASK, bot("p", "al", "dry"), "a joke"), base);
        // tone() is abstract in Persona, implemented by JokeBot; rules() is a default method using it.
        assertDifferentKey(key(bots, ASK, bot("p", "jo", "warm"), "a joke"), base);
    }

    @Test
    void theStaticKeyPartOfTheEnclosingClassCountsForAnInnerClass() throws Exception {
        GeneratedKeys inner = CLASSES.keys("test.Outer__Inner_CachedCompletion");
        Object outer = CLASSES.instantiate("test.Outer");
        Object innerBot = CLASSES.instantiate("test.Outer$Inner", outer);
        CacheKey eu = key(inner, ASK, innerBot, "q");

        CLASSES.setStatic("test.Outer", "region", "us");

        assertDifferentKey(key(inner, ASK, innerBot, "q"), eu);
    }

    private static Object bot(String systemPrompt, String name, String tone) {
        return CLASSES.instantiate("test.JokeBot", systemPrompt, name, tone);
    }
}
