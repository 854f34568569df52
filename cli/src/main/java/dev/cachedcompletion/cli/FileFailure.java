package dev.cachedcompletion.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

/**
 * The export or import file could not be written or read. Exit code 1. The message says what was
 * being done and why it failed, which for a {@link FileSystemException} is not its message (the path)
 * but its reason or kind ("Permission denied", "AccessDeniedException").
 */
final class FileFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FileFailure(String doing, Exception cause) {
        super(doing + ": " + reason(cause), cause);
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof UncheckedIOException ? e.getCause() : e;
        if (t instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) t;
            String kind = f.getClass().getSimpleName().replace("Exception", "");
            return f.getReason() != null ? f.getReason() : kind + " " + f.getFile();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
