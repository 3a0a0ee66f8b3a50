package org.masthead.instance;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides, before the window starts, whether this launch is the app or only a messenger to it.
 * A lock file says who owns the socket: the running app holds its lock for as long as it runs
 * and the system drops it when the app dies, so a socket file without a lock holder is stale
 * (a crash) and is replaced, and two launches at once never both think they are the app.
 */
public final class SingleInstance {
    /** How long a running app may take to answer before the launch gives up on it and starts on its own. */
    public static final Duration ANSWER_TIME = Duration.ofSeconds(2);

    static final String SOCKET = "masthead.sock";
    static final String LOCK = "masthead.lock";
    private static final System.Logger LOG = System.getLogger(SingleInstance.class.getName());

    /** What this launch is. */
    public sealed interface Claim {}

    /** The running app took the request: this launch is done. */
    public record HandedOver() implements Claim {}

    /** This launch is the app, and listens for the launches after it. */
    public record Serving(HandOverServer server) implements Claim {}

    /** This launch opens a window of its own and takes no hand-overs (why: for the log). */
    public record Alone(String why) implements Claim {}

    private SingleInstance() {}

    /** Hands {@code request} to the running app, or becomes it. */
    public static Claim claim(InstanceSettings settings, HandOver request) {
        if (!settings.handOver() || settings.folder().isEmpty()) return new Alone("hand-over off");
        Path folder = settings.folder().get();
        Optional<UserPrincipal> user = RuntimeFolder.currentUser(folder);
        if (user.isEmpty()) return new Alone("unknown user");
        return claim(folder, user.get(), request, ANSWER_TIME);
    }

    /** What a launch's first, quick try at handing over found. */
    public enum Quick {
        /** The running app took the request: this launch is done. */
        HANDED_OVER,
        /** An app holds the channel but does not answer: this launch opens a window of its own. */
        HUNG,
        /** Nothing answered or it refused: the launch goes on as usual (and claims the channel). */
        GO_ON
    }

    /**
     * Tries only to hand {@code request} over, before anything else of the program loads (the
     * command line's parser alone takes a tenth of a second): the usual way when it fails.
     */
    public static Quick tryHandOver(InstanceSettings settings, HandOver request) {
        if (!settings.handOver() || settings.folder().isEmpty()) return Quick.GO_ON;
        Path folder = settings.folder().get();
        Optional<UserPrincipal> user = RuntimeFolder.currentUser(folder);
        if (user.isEmpty()) return Quick.GO_ON;
        Optional<Path> safe = RuntimeFolder.prepare(folder, user.get());
        if (safe.isEmpty()) return Quick.GO_ON;
        return switch (HandOverClient.send(safe.get().resolve(SOCKET), request, ANSWER_TIME)) {
            case TAKEN -> Quick.HANDED_OVER;
            case NO_ANSWER -> Quick.HUNG;
            default -> Quick.GO_ON;
        };
    }

    /** {@link #claim(InstanceSettings, HandOver)} with the user and the time to wait given (tests). */
    static Claim claim(Path folder, UserPrincipal user, HandOver request, Duration answerTime) {
        Optional<Path> safe = RuntimeFolder.prepare(folder, user);
        if (safe.isEmpty()) return new Alone("the runtime folder is not private");
        Path socket = safe.get().resolve(SOCKET);
        long deadline = System.nanoTime() + answerTime.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            switch (HandOverClient.send(socket, request, left)) {
                case TAKEN:
                    return new HandedOver();
                case REFUSED:
                    return new Alone("the running app refused " + request.file().orElse(null));
                case NO_ANSWER:
                    return new Alone("the running app did not answer");
                case NOBODY:
                default:
                    break;
            }
            Optional<FileLock> lock = tryLock(safe.get().resolve(LOCK));
            if (lock.isPresent()) {
                try {
                    return new Serving(HandOverServer.start(socket, lock.get(), user, answerTime));
                } catch (IOException e) {
                    close(lock.get());
                    LOG.log(Level.WARNING, "Cannot listen for hand-overs at " + socket, e);
                    return new Alone("cannot listen");
                }
            }
            // The lock's holder is an app still starting (not listening yet), or one that hangs.
            if (System.nanoTime() >= deadline) return new Alone("the running app did not answer");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Alone("interrupted");
            }
        }
    }

    private static Optional<FileLock> tryLock(Path file) {
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock != null) return Optional.of(lock);
        } catch (OverlappingFileLockException e) {
            // Held in this very process (tests run both sides in one JVM).
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot lock " + file, e);
        }
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "Closing " + file, e);
            }
        }
        return Optional.empty();
    }

    private static void close(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Closing the lock", e);
        }
    }
}
