package dev.cachedcompletion.benchmarks.startup;

/** An empty program on the same class path: the JVM's own start-up floor. */
public final class Nothing {

    private Nothing() {
    }

    public static void main(String[] args) {
        System.out.println("nothing");
    }
}
