package org.masthead.ui.form;

import java.util.OptionalInt;
import java.util.function.IntConsumer;

import javafx.scene.control.Label;

import org.masthead.article.Article;
import org.masthead.article.HeaderOpening;

/**
 * Says why the header cannot be read, in plain words and with its file line. It offers the raw
 * YAML only while the form is shown; clicking it opens the raw YAML at that line.
 */
final class HeaderErrorLabel extends Label {
    private OptionalInt line = OptionalInt.empty();

    HeaderErrorLabel(IntConsumer openRawAt) {
        setId("yaml-error");
        getStyleClass().add("yaml-error");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setOnMouseClicked(e -> line.ifPresent(openRawAt));
    }

    /** Shows the article's header problem, if any; returns its file line. */
    OptionalInt show(Article article, boolean rawShown) {
        String where = rawShown ? "" : "  Click here to fix it in the raw YAML.";
        var text = article.headerError()
                .map(e -> {
                    line = OptionalInt.of(e.line());
                    return "The front matter does not parse. Line " + e.line() + ": " + sentence(e.reason()) + where;
                })
                .or(() -> HeaderOpening.of(article.text()).map(p -> {
                    line = OptionalInt.of(p.line());
                    return "No front matter is read from this file. Line " + p.line() + ": " + p.message() + ".";
                }));
        if (text.isEmpty()) line = OptionalInt.empty();
        setText(text.orElse(""));
        setVisible(text.isPresent());
        setManaged(text.isPresent());
        return article.headerError().isPresent() ? line : OptionalInt.empty();
    }

    private static String sentence(String reason) {
        String s = reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
