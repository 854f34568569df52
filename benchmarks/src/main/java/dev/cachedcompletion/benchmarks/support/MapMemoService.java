package dev.cachedcompletion.benchmarks.support;

import java.util.concurrent.ConcurrentHashMap;

/** The hand-written memo a developer would write instead of a cache library: a map keyed by the prompt. */
public class MapMemoService {

    private final ConcurrentHashMap<String, String> memo = new ConcurrentHashMap<>();

    public String complete(String prompt) {
        String answer = memo.get(prompt);
        if (answer == null) {
            answer = Answers.ANSWER;
            memo.putIfAbsent(prompt, answer);
        }
        return answer;
    }
}
