package org.masthead.instance;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ProtocolException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jdk.net.ExtendedSocketOptions;

/**
 * The running app's side: listens on the socket, answers each request at once and hands what it
 * took to the window. Requests that come before the window is ready wait for it. Nothing a
 * client sends can stop it: garbage, a silent client (given {@code readTimeout}), a path that is
 * not an article are answered "refused" or dropped, and logged.
 */
public final class HandOverServer implements Closeable {
    private static final System.Logger LOG = System.getLogger(HandOverServer.class.getName());

    private final ServerSocketChannel server;
    private final Path socket;
    private final FileLock lock;
    private final UserPrincipal user;
    private final Duration readTimeout;
    private final List<HandOver> waiting = new ArrayList<>();
    private Consumer<HandOver> handler;
    private volatile boolean closed;

    private HandOverServer(
            ServerSocketChannel server, Path socket, FileLock lock, UserPrincipal user, Duration readTimeout) {
        this.server = server;
        this.socket = socket;
        this.lock = lock;
        this.user = user;
        this.readTimeout = readTimeout;
    }

    /**
     * Listens on {@code socket}, replacing a file a crashed app left there; the caller holds
     * {@code lock}, so no live app owns that file. The server keeps the lock until it is closed.
     */
    static HandOverServer start(Path socket, FileLock lock, UserPrincipal user, Duration readTimeout)
            throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(socket));
            // The folder already keeps others out; the socket's own mode says so too.
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        HandOverServer s = new HandOverServer(server, socket, lock, user, readTimeout);
        Thread t = new Thread(s::acceptLoop, "masthead-hand-over");
        t.setDaemon(true);
        t.start();
        return s;
    }

    public Path socket() {
        return socket;
    }

    /** From now on, requests go to {@code onRequest} (on the server's thread); those that came before go first. */
    public void onRequest(Consumer<HandOver> onRequest) {
        List<HandOver> early;
        synchronized (waiting) {
            handler = onRequest;
            early = List.copyOf(waiting);
            waiting.clear();
        }
        early.forEach(onRequest);
    }

    private void acceptLoop() {
        while (!closed) {
            try (SocketChannel client = server.accept()) {
                serve(client);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // One client's trouble (or a bug in handling it) must not end the hand-over for the next.
                if (!closed) LOG.log(Level.WARNING, "A hand-over failed", e);
            }
        }
    }

    private void serve(SocketChannel client) throws IOException {
        if (!fromUser(client)) return;
        try (TimedChannel c = TimedChannel.of(client, readTimeout.toNanos())) {
            HandOver request;
            try {
                request = Wire.decodeRequest(readRequest(c));
            } catch (ProtocolException e) {
                LOG.log(Level.WARNING, "Ignored a hand-over request: " + e.getMessage());
                c.write(Wire.reply(false));
                return;
            }
            boolean take = acceptable(request);
            c.write(Wire.reply(take));
            if (!take) {
                LOG.log(
                        Level.WARNING,
                        "Ignored a hand-over of " + request.file().orElseThrow() + ": not a .md or .markdown file");
                return;
            }
            deliver(request);
        }
    }

    /** Whole request bytes, read no further than its header says nor beyond the limit. */
    private static byte[] readRequest(TimedChannel c) throws IOException {
        byte[] buf = new byte[Wire.HEADER + Wire.MAX_PATH_BYTES];
        int count = 0;
        int length = -1;
        while (length < 0 || count < length) {
            int want = length < 0 ? Wire.HEADER : length;
            int n = c.read(buf, count, want - count);
            if (n < 0) throw new ProtocolException("closed after " + count + " bytes");
            count += n;
            if (length < 0) length = Wire.requestLength(buf, count);
        }
        return Arrays.copyOf(buf, length);
    }

    /** Another user's process is never served, even if it somehow reached the socket. */
    private boolean fromUser(SocketChannel client) {
        if (!client.supportedOptions().contains(ExtendedSocketOptions.SO_PEERCRED)) return true;
        try {
            UserPrincipal peer =
                    client.getOption(ExtendedSocketOptions.SO_PEERCRED).user();
            if (peer.equals(user)) return true;
            LOG.log(Level.WARNING, "Refused a hand-over from another user, " + peer.getName());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "Refused a hand-over whose sender is unknown", e);
        }
        return false;
    }

    /** Nothing, or a regular Markdown file. */
    static boolean acceptable(HandOver h) {
        if (h.file().isEmpty()) return true;
        Path f = h.file().get();
        Path name = f.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".md") || n.endsWith(".markdown")) && Files.isRegularFile(f);
    }

    private void deliver(HandOver request) {
        Consumer<HandOver> h;
        synchronized (waiting) {
            h = handler;
            if (h == null) waiting.add(request);
        }
        if (h != null) h.accept(request);
    }

    /** Stops listening, removes the socket and lets the next app take over. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + socket, e);
        } finally {
            try {
                lock.channel().close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "Lock already gone", e);
            }
        }
    }
}
