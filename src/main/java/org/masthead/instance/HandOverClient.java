package org.masthead.instance;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/** The second launch's side: hands its request to the app listening on a socket, and waits for the answer. */
final class HandOverClient {
    private static final System.Logger LOG = System.getLogger(HandOverClient.class.getName());

    /** What became of a request. */
    enum Answer {
        /** The running app took it. */
        TAKEN,
        /** The running app answered but would not take it (not an article, say). */
        REFUSED,
        /** Nobody listens: no socket, or one a crashed app left behind. */
        NOBODY,
        /** Something listens but gave no valid answer in time: a hung app, or not ours. */
        NO_ANSWER
    }

    private HandOverClient() {}

    static Answer send(Path socket, HandOver request, Duration timeout) {
        TimedChannel c;
        try {
            c = TimedChannel.connect(UnixDomainSocketAddress.of(socket), timeout.toNanos());
        } catch (ConnectException | NoSuchFileException e) {
            return Answer.NOBODY;
        } catch (IOException e) {
            // No socket file (or not a socket): Linux says "no such file" or "connection refused";
            // either way nobody is there to answer.
            LOG.log(Level.DEBUG, "No running app at " + socket, e);
            return Answer.NOBODY;
        }
        try (c) {
            c.write(Wire.request(request));
            return Wire.taken(c.readFully(Wire.REPLY)) ? Answer.TAKEN : Answer.REFUSED;
        } catch (InterruptedByTimeoutException e) {
            LOG.log(Level.WARNING, "The running app did not answer within " + timeout.toMillis() + " ms");
            return Answer.NO_ANSWER;
        } catch (ProtocolException e) {
            LOG.log(Level.WARNING, "What listens at " + socket + " gave no hand-over answer: " + e.getMessage());
            return Answer.NO_ANSWER;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The running app closed the hand-over without an answer", e);
            return Answer.NO_ANSWER;
        }
    }
}
