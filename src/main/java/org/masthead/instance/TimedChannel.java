package org.masthead.instance;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * A socket channel whose every step ends by one deadline: an app that accepts and never answers
 * (or a client that connects and never writes) costs the other side that long, never more.
 */
final class TimedChannel implements Closeable {
    private final SocketChannel channel;
    private final Selector selector;
    private final long deadline;

    private TimedChannel(SocketChannel channel, long timeoutNanos) throws IOException {
        this.channel = channel;
        this.deadline = System.nanoTime() + timeoutNanos;
        Selector s = null;
        try {
            channel.configureBlocking(false);
            s = Selector.open();
        } finally {
            if (s == null) channel.close();
        }
        this.selector = s;
    }

    /** Connects to a Unix-domain socket. */
    static TimedChannel connect(SocketAddress address, long timeoutNanos) throws IOException {
        TimedChannel c = new TimedChannel(SocketChannel.open(StandardProtocolFamily.UNIX), timeoutNanos);
        try {
            if (!c.channel.connect(address)) {
                c.await(SelectionKey.OP_CONNECT);
                while (!c.channel.finishConnect()) c.await(SelectionKey.OP_CONNECT);
            }
            return c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** An accepted connection. */
    static TimedChannel of(SocketChannel accepted, long timeoutNanos) throws IOException {
        return new TimedChannel(accepted, timeoutNanos);
    }

    SocketChannel channel() {
        return channel;
    }

    void write(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            if (channel.write(b) == 0) await(SelectionKey.OP_WRITE);
        }
    }

    /** Reads at most {@code length} bytes into {@code into} at {@code offset}: the count (1 or more), -1 at the end. */
    int read(byte[] into, int offset, int length) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into, offset, length);
        while (true) {
            int n = channel.read(b);
            if (n != 0) return n;
            await(SelectionKey.OP_READ);
        }
    }

    /** Reads exactly {@code n} bytes. */
    byte[] readFully(int n) throws IOException {
        byte[] out = new byte[n];
        int got = 0;
        while (got < n) {
            int r = read(out, got, n - got);
            if (r < 0) throw new EOFException("closed after " + got + " of " + n + " bytes");
            got += r;
        }
        return out;
    }

    private void await(int op) throws IOException {
        SelectionKey key = channel.register(selector, op);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) throw new InterruptedByTimeoutException();
                // select(0) would wait for ever: at least one millisecond.
                selector.select(Math.max(1, left / 1_000_000));
                if (selector.selectedKeys().remove(key)) return;
            }
        } finally {
            key.interestOps(0);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            selector.close();
        } finally {
            channel.close();
        }
    }
}
