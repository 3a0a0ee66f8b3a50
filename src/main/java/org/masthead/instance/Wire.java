package org.masthead.instance;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The hand-over's bytes. A request is the magic {@code MHND}, a version byte, the path's length in
 * bytes (4, big-endian; 0: no file) and the path in UTF-8; the answer is the magic and one byte,
 * 1 when the app takes the request, 0 when it refuses it. Anything else is refused, never trusted.
 */
final class Wire {
    static final int VERSION = 1;
    /** Longer than any path Linux opens (4096 bytes); a request may not make the app read more. */
    static final int MAX_PATH_BYTES = 8192;

    static final int HEADER = 9;
    static final int REPLY = 5;
    private static final byte[] MAGIC = {'M', 'H', 'N', 'D'};

    private Wire() {}

    static byte[] request(HandOver h) {
        byte[] path =
                h.file().map(f -> f.toString().getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
        if (path.length > MAX_PATH_BYTES) throw new IllegalArgumentException("path too long: " + path.length);
        ByteBuffer b = ByteBuffer.allocate(HEADER + path.length);
        b.put(MAGIC).put((byte) VERSION).putInt(path.length).put(path);
        return b.array();
    }

    /**
     * The length of the whole request once {@code start} (the bytes read so far) holds its header,
     * else -1.
     *
     * @throws ProtocolException when the bytes cannot begin a request
     */
    static int requestLength(byte[] start, int count) throws ProtocolException {
        for (int i = 0; i < Math.min(count, MAGIC.length); i++) {
            if (start[i] != MAGIC[i]) throw new ProtocolException("not a hand-over request");
        }
        if (count > MAGIC.length && start[MAGIC.length] != VERSION)
            throw new ProtocolException("unknown hand-over version " + (start[MAGIC.length] & 0xff));
        if (count < HEADER) return -1;
        int length = ByteBuffer.wrap(start, MAGIC.length + 1, 4).getInt();
        if (length < 0 || length > MAX_PATH_BYTES)
            throw new ProtocolException("path length " + Integer.toUnsignedString(length) + " out of range");
        return HEADER + length;
    }

    /** The request in {@code message}, which must be exactly one whole request. */
    static HandOver decodeRequest(byte[] message) throws ProtocolException {
        if (requestLength(message, message.length) != message.length)
            throw new ProtocolException("incomplete or overlong request");
        if (message.length == HEADER) return HandOver.raise();
        String path;
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message, HEADER, message.length - HEADER));
            path = chars.toString();
        } catch (CharacterCodingException e) {
            throw new ProtocolException("path is not UTF-8");
        }
        if (path.indexOf('\0') >= 0) throw new ProtocolException("path holds a NUL");
        try {
            Path p = Path.of(path);
            if (!p.isAbsolute()) throw new ProtocolException("path is not absolute");
            return new HandOver(Optional.of(p));
        } catch (InvalidPathException e) {
            throw new ProtocolException("not a path");
        }
    }

    static byte[] reply(boolean taken) {
        byte[] r = Arrays.copyOf(MAGIC, REPLY);
        r[MAGIC.length] = (byte) (taken ? 1 : 0);
        return r;
    }

    /** Whether the app took the request. */
    static boolean taken(byte[] reply) throws ProtocolException {
        if (reply.length != REPLY || !Arrays.equals(reply, 0, MAGIC.length, MAGIC, 0, MAGIC.length))
            throw new ProtocolException("not a hand-over answer");
        return switch (reply[MAGIC.length]) {
            case 1 -> true;
            case 0 -> false;
            default -> throw new ProtocolException("unknown answer " + reply[MAGIC.length]);
        };
    }
}
