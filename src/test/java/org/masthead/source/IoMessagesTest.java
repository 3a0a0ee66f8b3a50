package org.masthead.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IoMessagesTest {
    @Test
    void eachFailureNamesTheFileAndTheReason() {
        assertThat(IoMessages.describe(new NoSuchFileException("/a/b.md")))
                .isEqualTo("/a/b.md: no such file or folder");
        assertThat(IoMessages.describe(new AccessDeniedException("/a/b.md"))).isEqualTo("/a/b.md: permission denied");
        assertThat(IoMessages.describe(new AccessDeniedException("/a/b.md", null, "the file is read-only")))
                .isEqualTo("/a/b.md: permission denied (the file is read-only)");
        assertThat(IoMessages.describe(new FileSystemException("/a/b.md", null, "No space left on device")))
                .isEqualTo("/a/b.md: No space left on device");
        assertThat(IoMessages.describe(new IOException("Input/output error"))).isEqualTo("Input/output error");
    }
}
