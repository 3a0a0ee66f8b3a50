package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.masthead.cli.CommandLineTest.run;

/** set never loses a concurrent edit, never takes a file from its owner, and asks before a read-only file. */
class SaveGuardTest {
    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void article() throws Exception {
        file = Files.writeString(dir.resolve("a.md"), "---\ntitle: One\nsubtitle: Two\n---\n\nBody.\n");
    }

    private Process setInChild(String... assignments) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.masthead.Launcher",
                "set",
                file.toString()));
        cmd.addAll(List.of(assignments));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    @Test
    void twoProcessesSettingKeysAtOnceBothLand() throws Exception {
        for (int trial = 0; trial < 4; trial++) {
            Files.writeString(file, "---\ntitle: One\nsubtitle: Two\n---\n\nBody.\n");
            Process a = setInChild("title=First " + trial);
            Process b = setInChild("subtitle=Second " + trial);
            assertThat(a.waitFor())
                    .as(new String(a.getInputStream().readAllBytes()))
                    .isZero();
            assertThat(b.waitFor())
                    .as(new String(b.getInputStream().readAllBytes()))
                    .isZero();
            assertThat(Files.readString(file)).contains("title: First " + trial, "subtitle: Second " + trial);
        }
    }

    @Test
    void manyThreadsSettingKeysAtOnceAllLand() throws Exception {
        int n = 8;
        StringBuilder header = new StringBuilder("---\n");
        for (int i = 0; i < n; i++) header.append("k").append(i).append(": old\n");
        Files.writeString(file, header + "---\nBody\n");
        CyclicBarrier start = new CyclicBarrier(n);
        List<Thread> threads = new ArrayList<>();
        List<Integer> codes = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            int k = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    codes.add(run("set", file.toString(), "k" + k + "=new" + k).code());
                } catch (Exception e) {
                    codes.add(-1);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertThat(codes).hasSize(n).containsOnly(0);
        String text = Files.readString(file);
        for (int i = 0; i < n; i++) assertThat(text).contains("k" + i + ": new" + i);
    }

    @Test
    void aReadOnlyFileIsRefusedUnlessForcedAndStaysReadOnly() throws Exception {
        for (String mode : List.of("r--r--r--", "r--------", "r--rw-rw-")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            String before = Files.readString(file);
            CommandLineTest.Run refused = run("set", file.toString(), "title=Changed");
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.err())
                    .contains(file.toString(), "read-only", "--force")
                    .doesNotContain(".tmp");
            assertThat(Files.readString(file)).isEqualTo(before);
            assertThat(run("set", file.toString(), "title=Changed " + mode, "--force")
                            .code())
                    .isZero();
            assertThat(Files.readString(file)).contains("title: Changed " + mode);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo(mode);
        }
    }

    @Test
    void ownerAndGroupAreKeptWhereTheSystemAllows() throws Exception {
        assumeThat(System.getProperty("user.name"))
                .as("only root may give a file to another user")
                .isEqualTo("root");
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = users.lookupPrincipalByName("nobody");
        GroupPrincipal group = users.lookupPrincipalByGroupName("nogroup");
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(group);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        assertThat(run("set", file.toString(), "title=Root edited").code()).isZero();
        var after =
                Files.getFileAttributeView(file, PosixFileAttributeView.class).readAttributes();
        assertThat(after.owner()).isEqualTo(nobody);
        assertThat(after.group()).isEqualTo(group);
        assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-rw----");
    }

    @Test
    void hardLinksKeepSeeingTheArticle() throws Exception {
        Path second = Files.createLink(dir.resolve("second-name.md"), file);
        Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        assertThat(run("set", file.toString(), "title=Through one name").code()).isZero();
        assertThat(Files.readString(second)).contains("title: Through one name");
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.md", "second-name.md");
        }
    }

    @Test
    void errorsNameTheArticleNeverTheTemporaryFile() throws Exception {
        // A name so long that the temporary file's name cannot be made (".name.random.tmp" passes 255 bytes).
        Path longName = Files.writeString(dir.resolve("n".repeat(240) + ".md"), "---\ntitle: x\n---\n");
        CommandLineTest.Run r = run("set", longName.toString(), "title=y");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(longName.toString()).doesNotContain(".tmp");
        assertThat(Files.readString(longName)).isEqualTo("---\ntitle: x\n---\n");
    }
}
