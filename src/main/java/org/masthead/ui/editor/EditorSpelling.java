package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.util.Duration;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.Paragraph;
import org.masthead.spell.Fences;
import org.masthead.spell.Misspelt;
import org.masthead.spell.Speller;
import org.masthead.ui.Background;
import org.masthead.ui.spell.SpellingActions;
import org.masthead.ui.spell.SpellingMenu;

/**
 * Misspelt words in the body: each line's words are checked on a background thread and the
 * result kept by the line's text, so an edit checks again only the lines it changed and the ones
 * scrolled into view; what the writer types is checked when typing pauses, so a key costs nothing
 * and a word is not marked while it is being written. The marks of the paragraphs on screen are
 * kept by index with the text they are for, not as styles, and {@link WavyUnderlines} draws them. A right-click on a
 * marked word offers the spelling menu.
 */
final class EditorSpelling {
    private static final int KEPT_LINES = 20_000;
    private static final Duration TYPING_PAUSE = Duration.millis(300);

    private final CodeArea area;
    private final SpellingActions actions;
    private final Consumer<String> nameChange;
    private final ExecutorService worker = Background.singleThread("masthead-spelling");
    private final Map<String, List<Misspelt>> byLine = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Misspelt>> eldest) {
            return size() > KEPT_LINES;
        }
    };
    private final Set<String> pending = new HashSet<>();
    /**
     * The marks of the paragraphs last shown and checked, by index with the text they are for: a
     * paragraph restyled (focus mode, highlighting) keeps them, one whose text changed does not.
     */
    private Map<Integer, Marked> marks = new HashMap<>();
    /** The marks of paragraphs changed since they were checked, moved with their words ({@link MovedMarks}). */
    private Map<Integer, Marked> moved = new HashMap<>();
    /** How many paragraphs there were when the marks were made: more or fewer, the indexes moved. */
    private int lastCount = -1;

    private record Marked(String text, List<Misspelt> words) {}

    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private boolean typing;

    private int shownFirst = -1;
    private int shownLast = -1;
    private boolean shownInFence;
    private Speller speller = Speller.NONE;
    private final WavyUnderlines underlines;

    EditorSpelling(CodeArea area, SpellingActions actions, Consumer<String> nameChange) {
        this.area = area;
        this.actions = actions;
        this.nameChange = nameChange;
        this.underlines = new WavyUnderlines(area, new WavyUnderlines.Marks() {
            @Override
            public List<Misspelt> of(int index, Paragraph<?, ?, ?> paragraph) {
                return speller.isOn() ? words(marks, index, paragraph) : List.of();
            }

            @Override
            public List<Misspelt> moved(int index, Paragraph<?, ?, ?> paragraph) {
                return speller.isOn() ? words(moved, index, paragraph) : null;
            }

            @Override
            public boolean any() {
                return speller.isOn();
            }
        });
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::menu);
        typingPause.setOnFinished(e -> {
            typing = false;
            mark();
        });
    }

    /** The writer typed: the lines changed are checked when typing pauses. */
    void typed() {
        typing = true;
        typingPause.playFromStart();
    }

    WavyUnderlines underlines() {
        return underlines;
    }

    /** Asks the actions for the shown article's speller again (a dictionary loaded, a word added, another tab). */
    void refresh() {
        Speller now = actions.speller();
        if (now == speller) return;
        speller = now;
        byLine.clear();
        pending.clear();
        mark();
    }

    /** The paragraphs {@code first..last} were styled (they are on screen or near it): their marks. */
    void shown(int first, int last, boolean startsInFence) {
        shownFirst = first;
        shownLast = last;
        shownInFence = startsInFence;
        mark();
    }

    /** The marks of the paragraphs last shown, from the lines checked; the others are checked. */
    private void mark() {
        long started = SpellingFxTime.start();
        Map<Integer, Marked> next = new HashMap<>();
        Map<Integer, Marked> nextMoved = new HashMap<>();
        int count = area.getParagraphs().size();
        if (speller.isOn() && shownFirst >= 0) {
            List<String> missing = new ArrayList<>();
            char fence = shownInFence ? '?' : 0;
            int last = Math.min(shownLast, count - 1);
            for (int p = shownFirst; p <= last; p++) {
                Paragraph<?, ?, ?> paragraph = area.getParagraph(p);
                String line = paragraph.getText();
                char marker = Fences.marker(line);
                if (marker != 0 && (fence == 0 || fence == '?' || fence == marker)) {
                    fence = fence == 0 ? marker : 0;
                    next.put(p, new Marked(line, List.of()));
                    continue;
                }
                List<Misspelt> found = fence != 0 ? List.of() : byLine.get(line);
                if (found != null) {
                    next.put(p, new Marked(line, found));
                    continue;
                }
                missing.add(line);
                Marked before = count != lastCount ? null : marks.containsKey(p) ? marks.get(p) : moved.get(p);
                if (before != null && !before.words().isEmpty())
                    nextMoved.put(p, new Marked(line, MovedMarks.in(line, before.words())));
            }
            if (!missing.isEmpty() && !typing) check(missing);
        }
        lastCount = count;
        if (!next.equals(marks) || !nextMoved.equals(moved)) {
            marks = next;
            moved = nextMoved;
            underlines.invalidate();
        }
        SpellingFxTime.end(started);
    }

    /** The marks kept for the paragraph at an index, if they are for its text; null if none are. */
    private static List<Misspelt> words(Map<Integer, Marked> from, int index, Paragraph<?, ?, ?> paragraph) {
        Marked m = from.get(index);
        return m != null && m.text().equals(paragraph.getText()) ? m.words() : null;
    }

    private void check(List<String> lines) {
        List<String> fresh = lines.stream().filter(pending::add).toList();
        if (fresh.isEmpty()) return;
        Speller s = speller;
        worker.execute(() -> {
            Map<String, List<Misspelt>> found = new HashMap<>();
            for (String line : fresh) found.put(line, s.line(line));
            Platform.runLater(() -> {
                if (s != speller) return;
                byLine.putAll(found);
                fresh.forEach(pending::remove);
                mark();
            });
        });
    }

    /** The marked word at a place in the body, with its offsets there. */
    Optional<Misspelt> wordAt(int offset) {
        if (!speller.isOn() || area.getLength() == 0) return Optional.empty();
        var pos = area.offsetToPosition(
                Math.min(offset, area.getLength()), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward);
        int paragraph = pos.getMajor();
        List<Misspelt> found = words(marks, paragraph, area.getParagraph(paragraph));
        if (found == null) return Optional.empty();
        int start = area.getAbsolutePosition(paragraph, 0);
        int column = pos.getMinor();
        return found.stream()
                .filter(m -> m.start() <= column && column <= m.end())
                .findFirst()
                .map(m -> new Misspelt(start + m.start(), start + m.end(), m.word()));
    }

    private void menu(ContextMenuEvent e) {
        // From the keyboard (the Menu key, Shift+F10) the word is the caret's.
        int offset = e.isKeyboardTrigger()
                ? area.getCaretPosition()
                : area.hit(e.getX(), e.getY()).getInsertionIndex();
        ContextMenu menu = new ContextMenu();
        menu.setId("editor-menu");
        Optional<Misspelt> word = wordAt(offset);
        word.ifPresent(w -> {
            area.selectRange(w.start(), w.end());
            menu.getItems().addAll(SpellingMenu.items(w.word(), speller, actions, s -> replace(w, s), worker));
        });
        menu.getItems().addAll(item("Cut", area::cut), item("Copy", area::copy), item("Paste", area::paste));
        menu.show(area, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** A suggestion replaces the word, if the word is still there, as one undo step. */
    private void replace(Misspelt w, String suggestion) {
        if (w.end() > area.getLength() || !area.getText(w.start(), w.end()).equals(w.word())) return;
        nameChange.accept("Correct Spelling");
        area.replaceText(w.start(), w.end(), suggestion);
        area.moveTo(w.start() + suggestion.length());
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }
}
