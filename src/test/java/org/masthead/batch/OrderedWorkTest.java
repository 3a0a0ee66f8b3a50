package org.masthead.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderedWorkTest {
    @Test
    void resultsComeBackInTheItemsOrderOnTheCallersThreadWhateverOrderTheyFinishIn() {
        List<Integer> items = IntStream.range(0, 200).boxed().toList();
        List<String> seen = new ArrayList<>();
        Set<String> workers = ConcurrentHashMap.newKeySet();
        Thread caller = Thread.currentThread();
        OrderedWork.run(
                items,
                3,
                i -> {
                    workers.add(Thread.currentThread().getName()
                            + Thread.currentThread().getId());
                    // Later items finish first now and then.
                    if (i % 7 == 0) busy(200_000);
                    return "r" + i;
                },
                (index, r) -> {
                    assertThat(Thread.currentThread()).isSameAs(caller);
                    assertThat(r).isEqualTo("r" + index);
                    seen.add(r);
                },
                () -> false);
        assertThat(seen)
                .containsExactlyElementsOf(items.stream().map(i -> "r" + i).toList());
        assertThat(workers).hasSizeGreaterThan(1);
    }

    @Test
    void itemsRunSideBySide() throws Exception {
        // Two items that each wait for the other can only finish if they run at once.
        CountDownLatch both = new CountDownLatch(2);
        List<Boolean> met = new ArrayList<>();
        OrderedWork.run(
                List.of(1, 2),
                2,
                i -> {
                    both.countDown();
                    try {
                        return both.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        return false;
                    }
                },
                (i, r) -> met.add(r),
                () -> false);
        assertThat(met).containsExactly(true, true);
    }

    @Test
    void noNewItemStartsOnceCancelledAndAFailureIsThrownAtItsTurn() {
        AtomicInteger started = new AtomicInteger();
        List<Integer> handed = new ArrayList<>();
        OrderedWork.run(
                IntStream.range(0, 1000).boxed().toList(),
                2,
                i -> {
                    started.incrementAndGet();
                    return i;
                },
                (i, r) -> handed.add(r),
                () -> handed.size() >= 5);
        assertThat(started.get()).isLessThan(1000);
        assertThat(handed).startsWith(0, 1, 2, 3, 4);

        List<Integer> before = new ArrayList<>();
        assertThatThrownBy(() -> OrderedWork.run(
                        List.of(0, 1, 2, 3),
                        2,
                        i -> {
                            if (i == 2) throw new IllegalArgumentException("item 2");
                            return i;
                        },
                        (i, r) -> before.add(r),
                        () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item 2");
        assertThat(before).containsExactly(0, 1);
    }

    @Test
    void oneThreadRunsOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        List<Thread> ran = new ArrayList<>();
        OrderedWork.run(List.of(1, 2, 3), 1, i -> ran.add(Thread.currentThread()), (i, r) -> {}, () -> false);
        assertThat(ran).containsOnly(caller).hasSize(3);
    }

    private static long busy(int n) {
        long x = 0;
        for (int i = 0; i < n; i++) x += i * 31L ^ x;
        return x;
    }
}
