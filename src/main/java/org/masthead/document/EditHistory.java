package org.masthead.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The article's one undo history, whichever view made the change: the form, the raw header or the
 * body. A step is one change of the text with the linked fields it updated, and the links as they
 * were. Typing is gathered into one step while it goes on in the same place (the same field, or the
 * text just typed in the body) without a pause; a named step (Replace All) always stands alone.
 */
public final class EditHistory {
    /** A pause longer than this starts a new step. */
    static final long PAUSE_NANOS = 1_500_000_000L;

    static final int MAX_STEPS = 1000;
    /** Characters kept over all steps; the oldest go first (a few Replace Alls on a huge article). */
    static final long MAX_CHARS = 64L << 20;

    /** One undoable change; {@code kind} tells which changes may gather into it. */
    record Step(String name, String kind, TextEdit edit, int tail, Set<String> linksBefore, Set<String> linksAfter) {}

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final LongSupplier clock;
    private final Supplier<String> text;
    private final BiConsumer<String, Set<String>> travel;
    private String nextName;
    private long lastAt;
    private boolean closed = true;
    private long chars;

    /**
     * @param text   the document's text now
     * @param travel puts a text and its links in place (undo and redo; it must not record)
     */
    EditHistory(LongSupplier clock, Supplier<String> text, BiConsumer<String, Set<String>> travel) {
        this.clock = clock;
        this.text = text;
        this.travel = travel;
    }

    /** Records a change; {@code kind} is "BODY:Typing", "FORM:Edit title"...; a new change clears redo. */
    void record(
            String name, String kind, String before, String after, Set<String> linksBefore, Set<String> linksAfter) {
        if (nextName != null) {
            String named = nextName;
            nextName = null;
            closed = true;
            record(named, "named:" + named, before, after, linksBefore, linksAfter);
            closed = true;
            return;
        }
        TextEdit edit = TextEdit.between(before, after);
        // In the body, typing on at one place keeps the text after the change (whether linked fields
        // above were updated or not); typing elsewhere does not. A field or the raw YAML is one place.
        int tail = after.length() - edit.at() - edit.inserted().length();
        redo.clear();
        long now = clock.getAsLong();
        Step top = undo.peek();
        if (!closed
                && top != null
                && top.kind().equals(kind)
                && now - lastAt < PAUSE_NANOS
                && (!kind.startsWith("BODY") || top.edit().absorbs(edit) || top.tail() == tail)) {
            undo.pop();
            chars -= top.edit().size();
            TextEdit merged = top.edit().absorbs(edit)
                    ? top.edit().then(edit)
                    : TextEdit.between(top.edit().revert(before), after);
            push(new Step(top.name(), kind, merged, tail, top.linksBefore(), linksAfter));
        } else {
            push(new Step(name, kind, edit, tail, linksBefore, linksAfter));
        }
        lastAt = now;
        closed = false;
    }

    /** Names the next change and keeps it a step of its own ("Replace All"). */
    public void nameNextChange(String name) {
        nextName = name;
    }

    /** Reverts the last step wherever it was made; false when there is nothing to undo. */
    public boolean undo() {
        Step s = undo.poll();
        if (s == null) return false;
        chars -= s.edit().size();
        redo.push(s);
        closed = true;
        travel.accept(s.edit().revert(text.get()), s.linksBefore());
        return true;
    }

    /** Makes the last undone step again; false when there is nothing to redo. */
    public boolean redo() {
        Step s = redo.poll();
        if (s == null) return false;
        undo.push(s);
        chars += s.edit().size();
        closed = true;
        travel.accept(s.edit().apply(text.get()), s.linksAfter());
        return true;
    }

    /** The next change starts a new step (the caret moved away, the document was saved...). */
    public void close() {
        closed = true;
    }

    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Step::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Step::name);
    }

    /** Forgets everything (the text was replaced from outside: reload, recovered draft). */
    void clear() {
        undo.clear();
        redo.clear();
        chars = 0;
        closed = true;
    }

    private void push(Step s) {
        undo.push(s);
        chars += s.edit().size();
        while (undo.size() > 1 && (undo.size() > MAX_STEPS || chars > MAX_CHARS)) {
            chars -= undo.removeLast().edit().size();
        }
    }
}
