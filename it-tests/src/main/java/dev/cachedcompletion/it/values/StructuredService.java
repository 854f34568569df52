package dev.cachedcompletion.it.values;

import dev.cachedcompletion.CachedCompletion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Returns records, lists and maps of them, built fresh from the prompt on every body call. */
public class StructuredService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public Verdict verdict(String prompt) {
        calls.incrementAndGet();
        return new Verdict("label of " + prompt, 0.25, Mood.GRIM);
    }

    @CachedCompletion
    public Answer answer(String prompt) {
        calls.incrementAndGet();
        return answerTo(prompt, 0);
    }

    @CachedCompletion
    public List<Answer> answers(String prompt) {
        calls.incrementAndGet();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(answerTo(prompt, i));
        }
        return answers;
    }

    @CachedCompletion
    public Map<String, List<Integer>> positions(String prompt) {
        calls.incrementAndGet();
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        String[] words = prompt.split(" ");
        for (int i = 0; i < words.length; i++) {
            positions.computeIfAbsent(words[i], w -> new ArrayList<>()).add(i);
        }
        positions.put("empty", new ArrayList<>());
        return positions;
    }

    @CachedCompletion
    public Map<String, Map<String, List<Answer>>> byTopicAndLanguage(String prompt) {
        calls.incrementAndGet();
        Map<String, List<Answer>> english = new LinkedHashMap<>();
        english.put("en", List.of(answerTo(prompt, 1), answerTo(prompt, 2)));
        english.put("日本語", List.of());
        Map<String, Map<String, List<Answer>>> result = new LinkedHashMap<>();
        result.put(prompt, english);
        return result;
    }

    private static Answer answerTo(String prompt, int i) {
        Verdict verdict = i % 2 == 0 ? new Verdict("ok " + i, i / 7.0, Mood.CHEERFUL) : null;
        return new Answer("answer " + i + " to " + prompt, 10 * i, List.of("doc-" + i, "doc-" + (i + 1)), verdict);
    }
}
