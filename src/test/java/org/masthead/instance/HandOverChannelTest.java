package org.masthead.instance;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Two launches meet in a temporary runtime folder: the first serves, the second hands over. */
@Timeout(30)
class HandOverChannelTest {
    @TempDir
    Path dir;

    private Path run;
    private Path article;
    private UserPrincipal me;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final BlockingQueue<HandOver> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() throws IOException {
        run = dir.resolve("run").resolve("masthead");
        article = Files.writeString(dir.resolve("tide tables é.md"), "---\ntitle: Tides\n---\nHigh water.\n");
        me = RuntimeFolder.currentUser(dir).orElseThrow();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    private SingleInstance.Claim claim(HandOver request) {
        return claim(request, Duration.ofSeconds(2));
    }

    private SingleInstance.Claim claim(HandOver request, Duration answerTime) {
        SingleInstance.Claim c = SingleInstance.claim(run, me, request, answerTime);
        if (c instanceof SingleInstance.Serving s) open.add(s.server());
        return c;
    }

    private HandOverServer serve() {
        SingleInstance.Claim first = claim(HandOver.raise());
        assertThat(first).isInstanceOf(SingleInstance.Serving.class);
        HandOverServer server = ((SingleInstance.Serving) first).server();
        server.onRequest(received::add);
        return server;
    }

    @Test
    void theSecondLaunchHandsItsFileToTheFirstAndIsDone() throws Exception {
        serve();
        assertThat(claim(HandOver.open(article))).isInstanceOf(SingleInstance.HandedOver.class);
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(HandOver.open(article));
        assertThat(claim(HandOver.raise())).isInstanceOf(SingleInstance.HandedOver.class);
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(HandOver.raise());
    }

    @Test
    void theFolderAndTheSocketAreTheUsersAlone() throws Exception {
        HandOverServer server = serve();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.socket())))
                .isEqualTo("rw-------");
        assertThat(Files.getOwner(run)).isEqualTo(me);
    }

    @Test
    void requestsThatComeBeforeTheWindowIsReadyWaitForIt() throws Exception {
        SingleInstance.Claim first = claim(HandOver.raise());
        HandOverServer server = ((SingleInstance.Serving) first).server();
        assertThat(claim(HandOver.open(article))).isInstanceOf(SingleInstance.HandedOver.class);
        server.onRequest(received::add);
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(HandOver.open(article));
    }

    @Test
    void aFileThatIsNotAnArticleIsRefusedAndTheLaunchGoesItsOwnWay() throws Exception {
        serve();
        Path notes = Files.writeString(dir.resolve("notes.txt"), "plain");
        Path folder = Files.createDirectory(dir.resolve("folder.md"));
        assertThat(claim(HandOver.open(notes))).isInstanceOf(SingleInstance.Alone.class);
        assertThat(claim(HandOver.open(folder))).isInstanceOf(SingleInstance.Alone.class);
        assertThat(claim(HandOver.open(dir.resolve("gone.md")))).isInstanceOf(SingleInstance.Alone.class);
        // The server is still there and still serves.
        assertThat(claim(HandOver.open(article))).isInstanceOf(SingleInstance.HandedOver.class);
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(HandOver.open(article));
        assertThat(received).isEmpty();
    }

    @Test
    void aSocketLeftByACrashedAppIsReplacedAndTheNewLaunchServes() throws Exception {
        Files.createDirectories(
                run, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path socket = run.resolve(SingleInstance.SOCKET);
        // Bound and closed: the file stays, nobody listens, nobody holds the lock (as after a kill -9).
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(socket));
        dead.close();
        assertThat(socket).exists();

        SingleInstance.Claim c = claim(HandOver.open(article));
        assertThat(c).isInstanceOf(SingleInstance.Serving.class);
        ((SingleInstance.Serving) c).server().onRequest(received::add);
        assertThat(claim(HandOver.raise())).isInstanceOf(SingleInstance.HandedOver.class);
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(HandOver.raise());
    }

    @Test
    void anAppThatNeverAcceptsIsGivenItsTimeAndTheLaunchStartsOnItsOwn() throws Exception {
        Path socket = hungApp();
        SingleInstance.Claim c = claim(HandOver.open(article), Duration.ofMillis(300));
        assertThat(c).isInstanceOf(SingleInstance.Alone.class);
        assertThat(((SingleInstance.Alone) c).why()).contains("did not answer");
        // The hung app's socket is left alone: it may still wake up.
        assertThat(socket).exists();
    }

    @Test
    void anAppThatReadsButNeverAnswersIsGivenItsTimeToo() throws Exception {
        Path socket = hungApp();
        ServerSocketChannel hung = (ServerSocketChannel) open.get(open.size() - 1);
        BlockingQueue<Integer> readBytes = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (SocketChannel client = hung.accept()) {
                ByteBuffer b = ByteBuffer.allocate(100);
                readBytes.add(client.read(b));
                Thread.sleep(10_000);
            } catch (IOException | InterruptedException e) {
                // closed by the test's end
            }
        });
        t.setDaemon(true);
        t.start();
        SingleInstance.Claim c = claim(HandOver.open(article), Duration.ofMillis(300));
        assertThat(c).isInstanceOf(SingleInstance.Alone.class);
        assertThat(readBytes.poll(5, TimeUnit.SECONDS)).isPositive();
        assertThat(socket).exists();
        t.interrupt();
    }

    /** A socket that something holds the lock for and listens on, but never serves. */
    private Path hungApp() throws IOException {
        Files.createDirectories(
                run, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        FileChannel lockFile =
                FileChannel.open(run.resolve(SingleInstance.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lockFile.lock();
        open.add(lockFile);
        assertThat(lock.isValid()).isTrue();
        Path socket = run.resolve(SingleInstance.SOCKET);
        ServerSocketChannel hung = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        hung.bind(UnixDomainSocketAddress.of(socket));
        open.add(hung);
        return socket;
    }

    @Test
    void closingTheAppRemovesTheSocketAndTheNextLaunchServes() throws Exception {
        HandOverServer server = serve();
        server.close();
        assertThat(server.socket()).doesNotExist();
        assertThat(claim(HandOver.open(article))).isInstanceOf(SingleInstance.Serving.class);
    }

    @Test
    void twoServersNeverRunAtOnce() throws Exception {
        serve();
        // Its socket gone (someone cleaned the folder), the first still holds the lock: no second server.
        Files.delete(run.resolve(SingleInstance.SOCKET));
        SingleInstance.Claim c = claim(HandOver.open(article), Duration.ofMillis(200));
        assertThat(c).isInstanceOf(SingleInstance.Alone.class);
        assertThat(run.resolve(SingleInstance.SOCKET)).doesNotExist();
    }

    @Test
    void withTheHandOverOffEveryLaunchIsAlone() {
        assertThat(SingleInstance.claim(new InstanceSettings(false, java.util.Optional.of(run)), HandOver.raise()))
                .isInstanceOf(SingleInstance.Alone.class);
        assertThat(SingleInstance.claim(InstanceSettings.off(), HandOver.raise()))
                .isInstanceOf(SingleInstance.Alone.class);
        assertThat(run).doesNotExist();
    }
}
