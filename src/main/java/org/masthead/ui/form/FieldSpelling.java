package org.masthead.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

import org.masthead.spell.Misspelt;
import org.masthead.spell.Speller;
import org.masthead.ui.Background;
import org.masthead.ui.spell.SpellingActions;
import org.masthead.ui.spell.SpellingMenu;

/**
 * Spelling in a prose field of the form (title, descriptions, alt text, caption, headline, lead):
 * the same wavy marks as the editor, drawn over the field from its text node's shapes after each
 * frame's layout, and the same menu on a right-click or the menu key. A field's text is short, so
 * it is checked on the FX thread, in microseconds.
 */
final class FieldSpelling {
    private static final ExecutorService SUGGESTIONS = Background.singleThread("masthead-field-spelling");
    private final TextInputControl control;
    private final SpellingActions actions;
    private final Pane overlay = new Pane();
    private final Path waves = new Path();
    private Speller speller = Speller.NONE;
    private String checked;
    private List<Misspelt> marks = List.of();
    private final Runnable afterLayout = this::redraw;

    private FieldSpelling(TextInputControl control, SpellingActions actions) {
        this.control = control;
        this.actions = actions;
        overlay.setMouseTransparent(true);
        overlay.getStyleClass().add("field-spelling");
        waves.getStyleClass().add("spell-wave");
        overlay.getChildren().add(waves);
        control.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::menu);
        overlay.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.removePostLayoutPulseListener(afterLayout);
            if (scene != null) scene.addPostLayoutPulseListener(afterLayout);
        });
    }

    /** The input shown with the marks over it. */
    static FieldInput wrap(FieldInput input, TextInputControl control, SpellingActions actions) {
        FieldSpelling s = new FieldSpelling(control, actions);
        StackPane both = new StackPane(control, s.overlay);
        both.getProperties().put(FieldSpelling.class, s);
        return FieldInputs.wrap(input, both);
    }

    /** The words marked now (tests read them). */
    static List<String> marked(Node wrapped) {
        Object s = wrapped.getProperties().get(FieldSpelling.class);
        return s == null
                ? List.of()
                : ((FieldSpelling) s).marks.stream().map(Misspelt::word).toList();
    }

    /** After each layout: the words again if the text or the speller changed, then the marks where the text now is. */
    private void redraw() {
        Speller now = actions.speller();
        String text = control.getText() == null ? "" : control.getText();
        if (now != speller || !text.equals(checked)) {
            speller = now;
            checked = text;
            marks = now.text(text);
        }
        List<PathElement> out = new ArrayList<>();
        Optional<Text> node = marks.isEmpty() ? Optional.empty() : textNode();
        node.ifPresent(t -> {
            for (Misspelt m : marks) {
                if (m.end() > t.getText().length()) continue;
                for (Bounds b : lineBoxes(t.rangeShape(m.start(), m.end()))) {
                    Bounds here = overlay.sceneToLocal(t.localToScene(b));
                    wave(here, out);
                }
            }
        });
        if (!out.equals(waves.getElements())) waves.getElements().setAll(out);
    }

    /** The shown text's node in the control's skin (not its prompt). */
    private Optional<Text> textNode() {
        for (Node n : control.lookupAll(".text")) {
            if (n instanceof Text t && t.getText() != null && t.getText().equals(control.getText()) && t.isVisible())
                return Optional.of(t);
        }
        return Optional.empty();
    }

    /** A range shape is a rectangle per line the range covers: MoveTo, three LineTos, and back. */
    private static List<Bounds> lineBoxes(PathElement[] shape) {
        List<Bounds> out = new ArrayList<>();
        Path p = new Path();
        for (PathElement e : shape) {
            if (e instanceof MoveTo && !p.getElements().isEmpty()) {
                out.add(p.getLayoutBounds());
                p = new Path();
            }
            p.getElements().add(e);
        }
        if (!p.getElements().isEmpty()) out.add(p.getLayoutBounds());
        return out;
    }

    private static void wave(Bounds b, List<PathElement> out) {
        double y = b.getMaxY() - 1;
        out.add(new MoveTo(b.getMinX(), y));
        boolean up = true;
        for (double x = b.getMinX() + 2; x <= b.getMaxX(); x += 2) {
            out.add(new LineTo(x, up ? y - 1.5 : y));
            up = !up;
        }
    }

    private void menu(ContextMenuEvent e) {
        Optional<Text> t = textNode();
        if (t.isEmpty() || marks.isEmpty()) return;
        int at = e.isKeyboardTrigger()
                ? control.getCaretPosition()
                : t.get()
                        .hitTest(t.get().screenToLocal(new Point2D(e.getScreenX(), e.getScreenY())))
                        .getInsertionIndex();
        Optional<Misspelt> word =
                marks.stream().filter(m -> m.start() <= at && at <= m.end()).findFirst();
        if (word.isEmpty()) return; // the field's own menu
        Misspelt w = word.get();
        control.selectRange(w.start(), w.end());
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(SpellingMenu.items(w.word(), speller, actions, s -> replace(w, s), SUGGESTIONS));
        menu.getItems().addAll(item("Cut", control::cut), item("Copy", control::copy), item("Paste", control::paste));
        menu.show(control, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void replace(Misspelt w, String suggestion) {
        String text = control.getText();
        if (w.end() > text.length() || !text.substring(w.start(), w.end()).equals(w.word())) return;
        control.replaceText(w.start(), w.end(), suggestion);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }
}
