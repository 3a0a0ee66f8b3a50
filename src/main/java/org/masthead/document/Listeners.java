package org.masthead.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Who listens to a document's changes; each subscription removes its own listener when closed. */
final class Listeners<T> {
    private final List<Consumer<T>> listeners = new ArrayList<>();

    Subscription add(Consumer<T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    int count() {
        return listeners.size();
    }

    /** Tells every listener; one that subscribes or unsubscribes meanwhile does not disturb the others. */
    void fire(T event) {
        for (Consumer<T> l : List.copyOf(listeners)) l.accept(event);
    }
}
