package org.masthead.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.CliRunner;
import org.masthead.source.ReadOnlyFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window's save checks again, under the same lock as `set`, that nobody wrote the file meanwhile. */
class SaveUnderGuardTest {
    @TempDir
    Path dir;

    @Test
    void aWriteByAnotherProgramAfterOpeningStopsTheSaveUntilAccepted() throws Exception {
        Path md = Files.writeString(dir.resolve("a.md"), "---\ntitle: One\nauthor: Me\n---\n\nBody.\n");
        ArticleDocument doc = ArticleDocument.open(md);
        doc.setBody("\nBody, edited in the window.\n");
        assertThat(CliRunner.run("set", md.toString(), "author=Someone else").code())
                .isZero();
        String theirs = Files.readString(md);

        assertThatThrownBy(doc::save).isInstanceOf(ChangedOnDiskException.class).hasMessageContaining(md.toString());
        assertThat(Files.readString(md)).isEqualTo(theirs);
        assertThat(doc.isDirty()).isTrue();

        // The writer chose to keep their text (the window asks): now the save goes through.
        doc.disk().accept(doc.disk().newer().orElseThrow());
        doc.save();
        assertThat(Files.readString(md)).endsWith("Body, edited in the window.\n");
        assertThat(doc.isDirty()).isFalse();

        // Its own saves never count as another program's.
        doc.setBody("\nAgain.\n");
        doc.save();
        assertThat(Files.readString(md)).endsWith("Again.\n");
    }

    @Test
    void aReadOnlyFileNeedsTheWritersConsent() throws Exception {
        Path md = Files.writeString(dir.resolve("r.md"), "---\ntitle: R\n---\nx\n");
        Files.setPosixFilePermissions(md, PosixFilePermissions.fromString("r--r-----"));
        ArticleDocument doc = ArticleDocument.open(md);
        doc.setBody("y\n");
        assertThatThrownBy(doc::save).isInstanceOf(ReadOnlyFileException.class);
        assertThat(Files.readString(md)).endsWith("x\n");
        doc.save(true);
        assertThat(Files.readString(md)).endsWith("y\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(md)))
                .isEqualTo("r--r-----");
    }
}
