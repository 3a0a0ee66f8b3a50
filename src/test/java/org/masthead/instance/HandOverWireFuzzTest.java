package org.masthead.instance;

import java.io.IOException;
import java.net.ProtocolException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whatever bytes arrive, the running app neither crashes nor opens anything but a valid request's article. */
@Timeout(60)
class HandOverWireFuzzTest {
    @TempDir
    Path dir;

    @Test
    void aRequestReadsBackAsItWasWritten() throws Exception {
        Path p = dir.resolve("ünïcode name ✓.md");
        assertThat(Wire.decodeRequest(Wire.request(HandOver.open(p)))).isEqualTo(HandOver.open(p));
        assertThat(Wire.decodeRequest(Wire.request(HandOver.raise()))).isEqualTo(HandOver.raise());
        assertThat(Wire.taken(Wire.reply(true))).isTrue();
        assertThat(Wire.taken(Wire.reply(false))).isFalse();
    }

    @Test
    void badRequestsAreRefusedByName() {
        byte[] good = Wire.request(HandOver.open(dir.resolve("a.md")));
        byte[] version = good.clone();
        version[4] = 2;
        assertThatThrownBy(() -> Wire.decodeRequest(version)).hasMessageContaining("version 2");
        byte[] huge = ByteBuffer.allocate(Wire.HEADER)
                .put(good, 0, 5)
                .putInt(Integer.MAX_VALUE)
                .array();
        assertThatThrownBy(() -> Wire.requestLength(huge, huge.length)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> Wire.decodeRequest(withPath("relative/a.md".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("not absolute");
        assertThatThrownBy(() -> Wire.decodeRequest(withPath(new byte[] {'/', (byte) 0xC3, '(', '.'})))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> Wire.decodeRequest(withPath("/a\0b.md".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("NUL");
    }

    private static byte[] withPath(byte[] path) {
        return ByteBuffer.allocate(Wire.HEADER + path.length)
                .put(new byte[] {'M', 'H', 'N', 'D', Wire.VERSION})
                .putInt(path.length)
                .put(path)
                .array();
    }

    @Test
    void randomBytesAndMutatedRequestsDecodeOrAreRefusedNeverAnythingElse() {
        Random random = new Random(13);
        byte[] good = Wire.request(HandOver.open(dir.resolve("tides.md")));
        for (int i = 0; i < 20_000; i++) {
            byte[] b = i % 2 == 0 ? randomBytes(random) : mutate(good, random);
            try {
                HandOver h = Wire.decodeRequest(b);
                h.file().ifPresent(f -> assertThat(f.isAbsolute()).isTrue());
            } catch (ProtocolException expected) {
                // refused, as garbage should be
            }
            try {
                Wire.requestLength(b, b.length);
                Wire.taken(b);
            } catch (ProtocolException expected) {
                // refused
            }
        }
    }

    @Test
    void theServerSurvivesGarbageAndStillServes() throws Exception {
        Path run = dir.resolve("run");
        var me = RuntimeFolder.currentUser(dir).orElseThrow();
        SingleInstance.Claim c = SingleInstance.claim(run, me, HandOver.raise(), Duration.ofMillis(300));
        HandOverServer server = ((SingleInstance.Serving) c).server();
        BlockingQueue<HandOver> received = new LinkedBlockingQueue<>();
        server.onRequest(received::add);
        Path article = Files.writeString(dir.resolve("tides.md"), "# Tides\n");
        byte[] good = Wire.request(HandOver.open(article));
        Random random = new Random(7);
        try (server) {
            for (int i = 0; i < 300; i++) {
                byte[] garbage = i % 3 == 0 ? randomBytes(random) : mutate(good, random);
                try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                    ch.connect(UnixDomainSocketAddress.of(server.socket()));
                    ch.write(ByteBuffer.wrap(garbage));
                    ch.shutdownOutput();
                    // Read whatever answer comes (or none), so the server never blocks writing to us.
                    ch.read(ByteBuffer.allocate(64));
                } catch (IOException e) {
                    // the server may close on us mid-write: that is its right
                }
            }
            assertThat(SingleInstance.claim(run, me, HandOver.open(article), Duration.ofSeconds(2)))
                    .isInstanceOf(SingleInstance.HandedOver.class);
            // A mutation may happen to make a valid request (a bare raise, say); nothing else ever arrives.
            HandOver h;
            do {
                h = received.poll(5, TimeUnit.SECONDS);
                assertThat(h).isNotNull();
                assertThat(h.file()).satisfiesAnyOf(f -> assertThat(f).isEmpty(), f -> assertThat(f)
                        .contains(article));
            } while (!h.equals(HandOver.open(article)));
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(64)];
        random.nextBytes(b);
        return b;
    }

    private static byte[] mutate(byte[] good, Random random) {
        byte[] b = good.clone();
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips; i++) b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        if (random.nextInt(4) == 0) return Arrays.copyOf(b, random.nextInt(b.length + 8));
        return b;
    }
}
