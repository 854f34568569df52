package dev.cachedcompletion.benchmarks.support;

/** The method with no cache at all: the floor every cache is compared with. */
public class PlainService {

    public String complete(String prompt) {
        return Answers.ANSWER;
    }
}
