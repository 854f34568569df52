package dev.cachedcompletion.it.fork;

/**
 * Run in a second JVM by the tests: calls {@link ForkService} once with the prompt given as the
 * first argument, under whatever {@code -Dcachedcompletion.store} the test passes, and prints
 * {@code answer=...} and {@code calls=<body invocations>} on standard output. The calls line is
 * printed even when the call throws, and the exception is left to end the JVM as it would end an
 * application. With a second argument {@code stream}, it reads {@link ForkService#answerStream} to its
 * end instead and prints the joined words.
 */
public final class ForkedCaller {

    private ForkedCaller() {
    }

    public static void main(String[] args) {
        ForkService service = new ForkService();
        try {
            boolean stream = args.length > 1 && args[1].equals("stream");
            System.out.println("answer=" + (stream
                    ? String.join("", service.answerStream(args[0]).collectList().block())
                    : service.answer(args[0])));
        } finally {
            System.out.println("calls=" + service.calls.get());
        }
    }
}
