package dev.cachedcompletion.it.key;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every argument is part of the key, by value; an @ExcludeFromKey argument is not. */
class ArgumentKeyTest {

    private static final Persona PIRATE = new Persona("pirate", List.of("loud"));

    private final ArgumentsService service = new ArgumentsService();

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void equalArgumentsHitWhateverTheExcludedArgument() {
        String first = miss(service.calls, () -> service.complete("hi", 100, 0.5, List.of("\n"), PIRATE, "trace-1"));
        // Equal by value, not by identity: other list and record instances, another trace id.
        String second = hit(service.calls, () -> service.complete("hi", 100, 0.5,
                new ArrayList<>(List.of("\n")), new Persona("pirate", new ArrayList<>(List.of("loud"))), "trace-2"));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void eachKeyedArgumentChangesTheKey() {
        miss(service.calls, () -> service.complete("hi", 100, 0.5, List.of("\n"), PIRATE, "t"));
        miss(service.calls, () -> service.complete("hi!", 100, 0.5, List.of("\n"), PIRATE, "t"));
        miss(service.calls, () -> service.complete("hi", 101, 0.5, List.of("\n"), PIRATE, "t"));
        miss(service.calls, () -> service.complete("hi", 100, 0.5000001, List.of("\n"), PIRATE, "t"));
        miss(service.calls, () -> service.complete("hi", 100, 0.5, List.of("\n\n"), PIRATE, "t"));
        miss(service.calls, () -> service.complete("hi", 100, 0.5, List.of(), PIRATE, "t"));
        miss(service.calls, () -> service.complete("hi", 100, 0.5, null, PIRATE, "t"));
        miss(service.calls, () -> service.complete("hi", 100, 0.5, List.of("\n"), new Persona("poet", List.of("loud")), "t"));
        miss(service.calls, () -> service.complete("hi", 100, 0.5, List.of("\n"), new Persona("pirate", List.of("quiet")), "t"));
        miss(service.calls, () -> service.complete("hi", 100, 0.5, List.of("\n"), null, "t"));
        // Each of those is now stored under its own key.
        hit(service.calls, () -> service.complete("hi", 100, 0.5, null, PIRATE, "t"));
        hit(service.calls, () -> service.complete("hi", 100, 0.5, List.of("\n"), null, "t"));
    }

    @Test
    void mutatingAnArgumentAfterTheCallDoesNotChangeTheStoredKey() {
        List<String> stop = new ArrayList<>(List.of("END"));
        String first = miss(service.calls, () -> service.complete("hi", 1, 0, stop, PIRATE, "t"));
        stop.add("STOP");
        assertThat(hit(service.calls, () -> service.complete("hi", 1, 0, List.of("END"), PIRATE, "t")))
                .isEqualTo(first);
        miss(service.calls, () -> service.complete("hi", 1, 0, stop, PIRATE, "t"));
    }

    @Test
    void stringsThatConcatenateAlikeAreDistinctKeys() {
        JoinService join = new JoinService();
        String[][] pairs = {{"ab", "c"}, {"a", "bc"}, {null, "x"}, {"null", "x"}, {"", "x"}};
        List<String> answers = new ArrayList<>();
        for (String[] pair : pairs) {
            answers.add(miss(join.calls, () -> join.join(pair[0], pair[1])));
        }
        for (int i = 0; i < pairs.length; i++) {
            String[] pair = pairs[i];
            assertThat(hit(join.calls, () -> join.join(pair[0], pair[1]))).isEqualTo(answers.get(i));
        }
    }
}
