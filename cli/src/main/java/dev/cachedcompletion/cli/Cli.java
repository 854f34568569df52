package dev.cachedcompletion.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Runs one command line and returns its exit code; the streams are flushed, nothing is exited. */
final class Cli {

    static final int OK = 0;
    /** The store (or a file) failed: the operation did not complete. */
    static final int FAILURE = 1;
    /** The command line is wrong: the message names the argument and the valid forms. */
    static final int USAGE = 2;
    /** {@code import} completed, but rejected some lines (they are listed on stderr). */
    static final int REJECTED_LINES = 3;

    private Cli() {
    }

    static int run(String[] args, Context context) {
        CommandLine commandLine = new CommandLine(new RootCommand(context))
                .setOut(context.out())
                .setErr(context.err())
                .setParameterExceptionHandler(Cli::onUsageError)
                .setExecutionExceptionHandler(Cli::onFailure);
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /** Names the wrong argument, suggests close matches, and always shows the command's valid forms. */
    private static int onUsageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        command.usage(err);
        return USAGE;
    }

    private static int onFailure(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        String prefix = command.getCommandSpec().qualifiedName() + ": ";
        if (e instanceof UsageError) {
            err.println(prefix + e.getMessage());
            return USAGE;
        }
        if (e.getMessage() == null) {
            // Not a store failure with a message of its own: show where it came from.
            err.println(prefix + "unexpected " + e);
            e.printStackTrace(err);
        } else {
            err.println(prefix + e.getMessage());
        }
        return FAILURE;
    }
}
