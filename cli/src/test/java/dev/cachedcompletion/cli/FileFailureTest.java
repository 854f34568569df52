package dev.cachedcompletion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** A failed file says what was being done and why, not just a path. */
class FileFailureTest {

    @Test
    void aFileSystemExceptionGivesItsReasonOrItsKindAndFile() {
        assertThat(new FileFailure("cannot write out.jsonl", new FileSystemException("/d/out.jsonl.1.partial", null,
                "No space left on device")))
                .hasMessage("cannot write out.jsonl: No space left on device");
        assertThat(new FileFailure("cannot write out.jsonl", new AccessDeniedException("/d/out.jsonl.1.partial")))
                .hasMessage("cannot write out.jsonl: AccessDenied /d/out.jsonl.1.partial");
    }

    @Test
    void anUncheckedIoExceptionFromTheStoreLoopIsUnwrapped() {
        assertThat(new FileFailure("cannot write out.jsonl", new UncheckedIOException(new IOException("Broken pipe"))))
                .hasMessage("cannot write out.jsonl: Broken pipe");
    }
}
