package org.masthead.instance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The channel's folder is trusted only when no one else can write in it. */
class RuntimeFolderTest {
    @TempDir
    Path dir;

    private UserPrincipal me;

    @BeforeEach
    void setUp() {
        me = RuntimeFolder.currentUser(dir).orElseThrow();
    }

    @Test
    void aMissingFolderIsMadePrivate() throws Exception {
        Path folder = dir.resolve("state/masthead/run");
        assertThat(RuntimeFolder.prepare(folder, me)).contains(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
    }

    @Test
    void aFolderOthersMayOnlyReadIsMadePrivate() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("run"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(RuntimeFolder.prepare(folder, me)).contains(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo("rwx------");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rwxrwx---", "rwx---rwx", "rwxrwxrwx", "rwx-w----"})
    void aFolderOthersMayWriteInIsRefusedAndLeftAsItIs(String mode) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("run"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(mode));
        assertThat(RuntimeFolder.prepare(folder, me)).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                .isEqualTo(mode);
        // And a launch then goes on alone, neither serving nor handing over.
        assertThat(SingleInstance.claim(folder, me, HandOver.raise(), Duration.ofMillis(200)))
                .isInstanceOf(SingleInstance.Alone.class);
        assertThat(folder.resolve(SingleInstance.SOCKET)).doesNotExist();
    }

    @Test
    void aFolderOwnedBySomeoneElseIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("run"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        // Who owns the folder is compared with who runs the app; here the app "runs as" another user.
        UserPrincipal other = lookupOther();
        assertThat(RuntimeFolder.prepare(folder, other)).isEmpty();
        assertThat(SingleInstance.claim(folder, other, HandOver.raise(), Duration.ofMillis(200)))
                .isInstanceOf(SingleInstance.Alone.class);
    }

    @Test
    void aLinkToAFolderIsRefused() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
        Path link = Files.createSymbolicLink(dir.resolve("run"), real);
        assertThat(RuntimeFolder.prepare(link, me)).isEmpty();
    }

    @Test
    void aFileInThePlaceOfTheFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("run"), "x");
        assertThat(RuntimeFolder.prepare(file, me)).isEmpty();
    }

    @Test
    void theRuntimeFolderComesFromXdgRuntimeDirElseTheStateFolder() {
        assertThat(InstanceSettings.defaultFolder("Linux", "/home/ann", Map.of("XDG_RUNTIME_DIR", "/run/user/1000")))
                .contains(Path.of("/run/user/1000/masthead"));
        assertThat(InstanceSettings.defaultFolder("Linux", "/home/ann", Map.of("XDG_STATE_HOME", "/home/ann/st")))
                .contains(Path.of("/home/ann/st/masthead/run"));
        assertThat(InstanceSettings.defaultFolder("Linux", "/home/ann", Map.of("XDG_RUNTIME_DIR", "relative")))
                .contains(Path.of("/home/ann/.local/state/masthead/run"));
        assertThat(InstanceSettings.defaultFolder("Mac OS X", "/Users/ann", Map.of()))
                .contains(Path.of("/Users/ann/Library/Caches/Masthead/run"));
        assertThat(InstanceSettings.defaultFolder("Windows 11", "C:\\Users\\ann", Map.of()))
                .isEqualTo(Optional.empty());
    }

    private UserPrincipal lookupOther() throws Exception {
        for (String name : new String[] {"nobody", "daemon", "root"}) {
            try {
                UserPrincipal p =
                        dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
                if (!p.equals(me)) return p;
            } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
                // try the next
            }
        }
        throw new IllegalStateException("no other user on this system");
    }
}
