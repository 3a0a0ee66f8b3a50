package org.masthead.ui.form;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A form control's tooltip, made when the pointer first comes over it, its text read then. Making a Tooltip
 * costs more than the rest of a form row (measured: most of a row's construction), a form has dozens, and
 * most are never shown; a new article's form is built while the writer waits to type.
 */
final class LazyTooltip {
    private LazyTooltip() {}

    static void install(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            Tooltip tip = (Tooltip) node.getProperties().get(LazyTooltip.class);
            if (tip == null) {
                tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                Tooltip.install(node, tip);
                node.getProperties().put(LazyTooltip.class, tip);
            }
            tip.setText(text.get());
        });
    }
}
