package dev.cachedcompletion.simulated;

import java.time.Duration;

/** The command line of {@link SimulatedChatEndpoint#main}. */
record LaunchOptions(int port, Duration latency, Duration chunkDelay) {

    static final String USAGE = "usage: SimulatedChatEndpoint [--port N (default 0: any free port)]"
            + " [--latency-ms N (default 500)] [--chunk-delay-ms N (default 20, between the events of a stream)]";

    /** @throws IllegalArgumentException naming the option and value that are wrong */
    static LaunchOptions parse(String... args) {
        int port = 0;
        long latencyMillis = 500;
        long chunkDelayMillis = SimulatedChatEndpoint.DEFAULT_CHUNK_DELAY.toMillis();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            if (i + 1 == args.length) {
                throw new IllegalArgumentException("Option " + option + " needs a value.");
            }
            switch (option) {
                case "--port" -> port = number(option, args[i + 1]);
                case "--latency-ms" -> latencyMillis = number(option, args[i + 1]);
                case "--chunk-delay-ms" -> chunkDelayMillis = number(option, args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown option " + option + ".");
            }
        }
        return new LaunchOptions(port, Duration.ofMillis(latencyMillis), Duration.ofMillis(chunkDelayMillis));
    }

    private static int number(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the option's name
        }
        throw new IllegalArgumentException(
                "Option " + option + " needs a whole number of at least 0, was \"" + value + "\".");
    }
}
