package dev.cachedcompletion.benchmarks.support;

import dev.cachedcompletion.CachedCompletion;

/** A cached method whose every answer is its own object, as a model's answers are. */
public class DistinctAnswerService {

    @CachedCompletion
    public String complete(String prompt) {
        return Answers.ANSWER.substring(0, Answers.ANSWER.length() - 12) + String.format("%012d", prompt.length());
    }
}
