package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.masthead.spell.Fences;
import org.masthead.spell.Misspelt;
import org.masthead.spell.Speller;
import org.masthead.ui.Background;
import org.masthead.ui.spell.SpellingActions;
import org.masthead.ui.spell.SpellingMenu;

/**
 * Misspelt words in the body: each line's words are checked on a background thread and the
 * result kept by the line's text, so an edit checks again only the lines it changed and the ones
 * scrolled into view; the highlighter lays the marks over its styles, {@link WavyUnderlines}
 * draws them. A right-click on a marked word offers the spelling menu.
 */
final class EditorSpelling {
    static final String MISSPELT = "misspelt";
    private static final int KEPT_LINES = 20_000;

    private final CodeArea area;
    private final SpellingActions actions;
    private final Runnable rehighlight;
    private final Consumer<String> nameChange;
    private final ExecutorService worker = Background.singleThread("masthead-spelling");
    private final Map<String, List<Misspelt>> byLine = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Misspelt>> eldest) {
            return size() > KEPT_LINES;
        }
    };
    private final Set<String> pending = new HashSet<>();
    /** The marks a line waiting to be checked was drawn with (those it had before the edit). */
    private final Map<String, List<Misspelt>> provisional = new HashMap<>();

    private Speller speller = Speller.NONE;
    private final WavyUnderlines underlines;

    EditorSpelling(CodeArea area, SpellingActions actions, Runnable rehighlight, Consumer<String> nameChange) {
        this.area = area;
        this.actions = actions;
        this.rehighlight = rehighlight;
        this.nameChange = nameChange;
        this.underlines = new WavyUnderlines(area, MISSPELT);
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::menu);
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
        provisional.clear();
        rehighlight.run();
    }

    /** The highlighter's styles for {@code lines} with the misspelt words' marks laid over them. */
    StyleSpans<Collection<String>> overlay(
            int firstParagraph, List<String> lines, boolean startsInFence, StyleSpans<Collection<String>> styles) {
        if (!speller.isOn()) return styles;
        StyleSpansBuilder<Collection<String>> marks = new StyleSpansBuilder<>();
        List<String> missing = new ArrayList<>();
        char fence = startsInFence ? '?' : 0;
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int sep = i < lines.size() - 1 ? 1 : 0;
            char marker = Fences.marker(line);
            if (marker != 0 && (fence == 0 || fence == '?' || fence == marker)) {
                fence = fence == 0 ? marker : 0;
                marks.add(Collections.emptyList(), line.length() + sep);
                continue;
            }
            List<Misspelt> found = fence != 0 ? List.of() : byLine.get(line);
            if (found == null) {
                missing.add(line);
                // Until the line is checked again it keeps its marks (they moved with the typing):
                // taking them away and back would restyle the paragraph twice a key, and flicker.
                found = marksNow(firstParagraph + i, line);
                provisional.put(line, found);
            }
            int at = 0;
            for (Misspelt m : found) {
                marks.add(Collections.emptyList(), m.start() - at);
                marks.add(List.of(MISSPELT), m.end() - m.start());
                at = m.end();
                any = true;
            }
            marks.add(Collections.emptyList(), line.length() - at + sep);
        }
        if (!missing.isEmpty()) check(missing);
        if (!any) return styles;
        return styles.overlay(marks.create(), (a, b) -> {
            if (b.isEmpty()) return a;
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
    }

    private List<Misspelt> marksNow(int paragraph, String line) {
        if (paragraph >= area.getParagraphs().size()) return List.of();
        List<Misspelt> out = new ArrayList<>();
        int at = 0;
        for (var span : area.getParagraph(paragraph).getStyleSpans()) {
            int end = Math.min(line.length(), at + span.getLength());
            if (span.getStyle().contains(MISSPELT) && end > at) out.add(new Misspelt(at, end, line.substring(at, end)));
            at += span.getLength();
        }
        return out;
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
                // Most keys leave the marks as they were kept meanwhile: then nothing is restyled.
                boolean changed = false;
                for (String line : fresh) changed |= !found.get(line).equals(provisional.remove(line));
                if (changed) rehighlight.run();
            });
        });
    }

    /** The marked word at a place in the body, with its offsets there. */
    Optional<Misspelt> wordAt(int offset) {
        if (!speller.isOn() || area.getLength() == 0) return Optional.empty();
        var pos = area.offsetToPosition(
                Math.min(offset, area.getLength()), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward);
        int paragraph = pos.getMajor();
        List<Misspelt> found = byLine.get(area.getParagraph(paragraph).getText());
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
