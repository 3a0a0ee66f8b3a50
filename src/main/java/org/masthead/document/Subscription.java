package org.masthead.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What a subscription returns: closing it unsubscribes. Whoever subscribes keeps it and closes it
 * when done, so a closed document or view is not kept alive by the things it listened to.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();

    /** Nothing to release. */
    Subscription NONE = () -> {};

    /** Several subscriptions released together, the latest first. */
    static Subscription all(List<Subscription> parts) {
        List<Subscription> copy = new ArrayList<>(parts);
        return () -> {
            for (int i = copy.size() - 1; i >= 0; i--) copy.get(i).close();
        };
    }
}
