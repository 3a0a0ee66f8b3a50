package org.masthead.ui.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only the newest waiting request is worked on, none is lost, and results go to the other thread. */
class LatestWinsTest {
    /** An executor whose tasks run only when the test says so, so every interleaving is chosen, not timed. */
    static final class StepExecutor implements Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void runNext() {
            tasks.poll().run();
        }

        void runAll() {
            while (!tasks.isEmpty()) runNext();
        }
    }

    final StepExecutor background = new StepExecutor();
    final List<String> worked = new ArrayList<>();
    final List<String> shown = new ArrayList<>();
    final Executor fx = Runnable::run;
    Function<String, Runnable> work = r -> {
        worked.add(r);
        return () -> shown.add(r);
    };
    final LatestWins<String> latest = new LatestWins<>(background, fx, r -> work.apply(r));

    @Test
    void requestsWaitingTogetherCollapseIntoTheNewest() {
        latest.submit("v1");
        latest.submit("v2");
        latest.submit("v3");
        assertThat(background.tasks).hasSize(1);
        background.runAll();
        assertThat(worked).containsExactly("v3");
        assertThat(shown).containsExactly("v3");
    }

    @Test
    void aRequestArrivingDuringWorkIsDoneAfterIt() {
        work = r -> {
            worked.add(r);
            if (r.equals("v1")) {
                latest.submit("v2");
                latest.submit("v3");
            }
            return () -> shown.add(r);
        };
        latest.submit("v1");
        background.runAll();
        assertThat(worked).containsExactly("v1", "v3");
        assertThat(shown).containsExactly("v1", "v3");
    }

    @Test
    void workWithNothingToShowPostsNothing() {
        work = r -> {
            worked.add(r);
            return null;
        };
        latest.submit("v1");
        background.runAll();
        latest.submit("v2");
        background.runAll();
        assertThat(worked).containsExactly("v1", "v2");
        assertThat(shown).isEmpty();
    }

    @Test
    void afterStopNothingIsWorkedOn() {
        latest.submit("v1");
        latest.stop();
        latest.submit("v2");
        background.runAll();
        assertThat(worked).isEmpty();
        assertThat(shown).isEmpty();
    }

    @Test
    void failedWorkDoesNotBlockTheNextRequest() {
        work = r -> {
            if (r.equals("bad")) throw new IllegalStateException("render failed");
            worked.add(r);
            return () -> shown.add(r);
        };
        latest.submit("bad");
        assertThatThrownBy(background::runNext).isInstanceOf(IllegalStateException.class);
        latest.submit("good");
        background.runAll();
        assertThat(shown).containsExactly("good");
    }

    @Test
    void aClosedExecutorRefusesQuietly() {
        LatestWins<String> closed = new LatestWins<>(
                r -> {
                    throw new RejectedExecutionException("shut down");
                },
                fx,
                r -> () -> shown.add(r));
        closed.submit("v1");
        closed.submit("v2");
        assertThat(shown).isEmpty();
    }

    @Test
    void quickWorkIsShownByTheWaiterInOrderAndOnce() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        StepExecutor later = new StepExecutor();
        Thread caller = Thread.currentThread();
        List<String> where = new ArrayList<>();
        LatestWins<String> awaited = new LatestWins<>(thread, later, r -> () -> {
            shown.add(r);
            where.add(Thread.currentThread() == caller ? "caller" : "other");
        });
        try {
            awaited.submit("v1");
            // v1's step waits for the other executor; v2 is quick (as v1 was) and is waited for.
            thread.submit(() -> {}).get(30, TimeUnit.SECONDS);
            assertThat(later.tasks).hasSize(1);
            awaited.await(awaited.submitNumbered("v2"), TimeUnit.SECONDS.toNanos(30));
            assertThat(shown).containsExactly("v1", "v2");
            assertThat(where).containsExactly("caller", "caller");
            later.runAll();
            assertThat(shown).containsExactly("v1", "v2");
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void workNotKnownToBeQuickIsNotWaitedFor() {
        latest.await(latest.submitNumbered("v1"), TimeUnit.SECONDS.toNanos(30));
        assertThat(shown).isEmpty();
        background.runAll();
        assertThat(shown).containsExactly("v1");
    }

    @Test
    void aNumberedRequestIsWaitedForLaterAndAStoppedOneNever() {
        long first = latest.submitNumbered("v1");
        long second = latest.submitNumbered("v2");
        assertThat(second).isGreaterThan(first);
        background.runAll();
        // Done already (the other executor runs at once here): nothing is waited for or run twice.
        latest.await(second, TimeUnit.SECONDS.toNanos(30));
        assertThat(shown).containsExactly("v2");
        latest.stop();
        assertThat(latest.submitNumbered("v3")).isNegative();
    }
}
