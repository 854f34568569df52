package dev.cachedcompletion.cli;

/**
 * A wrong argument found after parsing, such as a store that cannot be browsed. Exit code 2; the
 * message names the argument, its value and the valid forms.
 */
final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
