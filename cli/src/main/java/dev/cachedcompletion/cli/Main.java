package dev.cachedcompletion.cli;

/**
 * {@code java -jar cached-completion-cli.jar <command> --store <spec> ...}: inspect, clear, export and
 * import the entries of a cache store. See {@code docs/CLI.md}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args, Context.ofSystem()));
    }
}
