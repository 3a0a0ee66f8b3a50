package org.masthead.instance;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The folder the channel lives in, which only its user may enter: made with mode 0700 when
 * missing; an existing one is trusted only when it is a real folder (not a link) owned by the
 * user and writable by nobody else. Whoever can write there could put a channel of their own in
 * its place and be handed the user's files, or answer for the app.
 */
final class RuntimeFolder {
    private static final System.Logger LOG = System.getLogger(RuntimeFolder.class.getName());
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");

    private RuntimeFolder() {}

    /** The user this process runs as. */
    static Optional<UserPrincipal> currentUser(Path anywhere) {
        try {
            return Optional.of(anywhere.getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name")));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.INFO, "Cannot tell which user runs the app; no hand-over to a running app", e);
            return Optional.empty();
        }
    }

    /** The folder, ready and private to {@code user}; empty (and logged) when it may not be trusted. */
    static Optional<Path> prepare(Path folder, UserPrincipal user) {
        try {
            if (Files.notExists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(folder.getParent());
                try {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PRIVATE));
                } catch (FileAlreadyExistsException raced) {
                    // Another launch made it at the same moment; it is checked like any other below.
                }
            }
            PosixFileAttributes a = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String refused = refusal(a, user);
            if (refused != null) {
                LOG.log(Level.WARNING, "Not using " + folder + " for the hand-over to a running app: " + refused);
                return Optional.empty();
            }
            if (!a.permissions().equals(PRIVATE)) Files.setPosixFilePermissions(folder, PRIVATE);
            return Optional.of(folder);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.log(Level.WARNING, "No hand-over to a running app: cannot use " + folder, e);
            return Optional.empty();
        }
    }

    /** Why the folder may not be trusted, or null. */
    static String refusal(PosixFileAttributes a, UserPrincipal user) {
        if (a.isSymbolicLink()) return "it is a symbolic link";
        if (!a.isDirectory()) return "it is not a folder";
        if (!a.owner().equals(user)) return "it belongs to " + a.owner().getName() + ", not " + user.getName();
        Set<PosixFilePermission> others = EnumSet.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        others.retainAll(a.permissions());
        if (!others.isEmpty())
            return "other users may write in it (" + PosixFilePermissions.toString(a.permissions()) + ")";
        return null;
    }
}
