package dev.cachedcompletion.redis.fleet;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Another process of the fleet, run in a new JVM by the tests with {@code -Dcachedcompletion.store}
 * set, exactly as an application would be started. Arguments: the prompt and the model's delay in ms.
 *
 * <p>Warms up first (one call with another prompt: classes loaded, Redis connected), prints
 * {@code ready}, waits for a line on standard input, then calls {@link FleetService#answer} with the
 * prompt and prints {@code answer=...} and {@code calls=<model calls for that prompt>}.
 * With {@code -Dfleet.stream=true} it reads {@link FleetService#answerStream} to its end instead,
 * and prints the joined words.
 */
public final class FleetMember {

    private FleetMember() {
    }

    /** Reads a streamed answer to its end (so that it is stored), joined. */
    static String read(FleetService service, String prompt) {
        try (Stream<String> words = service.answerStream(prompt)) {
            return words.collect(Collectors.joining());
        }
    }

    public static void main(String[] args) throws Exception {
        FleetService service = new FleetService(Long.parseLong(args[1]));
        boolean stream = Boolean.getBoolean("fleet.stream");
        service.answer("warm-up " + ProcessHandle.current().pid());
        if (stream) {
            read(service, "warm-up " + ProcessHandle.current().pid());
        }
        int before = service.calls.get();
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        in.readLine();
        try {
            System.out.println("answer=" + (stream ? read(service, args[0]) : service.answer(args[0])));
        } finally {
            System.out.println("calls=" + (service.calls.get() - before));
        }
    }
}
