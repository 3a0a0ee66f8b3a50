package org.masthead.ui;

import java.util.List;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.masthead.check.Readability;
import org.masthead.document.ArticleDocument;
import org.masthead.profile.WritingRules;
import org.masthead.text.TextStats;
import org.masthead.ui.checks.ChecksPanel;
import org.masthead.ui.session.DocumentSession;

/** Words, characters, reading time, caret position and, with a selection, its counts. */
final class StatusBar extends HBox {
    /** How long a message stays in the status bar. */
    static final int MESSAGE_SECONDS = 10;

    private final Label counts = new Label();
    private final Label selection = new Label();
    private final Label findings = new Label();
    private final Label caret = new Label();
    private final Label message = new Label();
    private static final PseudoClass OUTSIDE = PseudoClass.getPseudoClass("outside-target");
    private final PauseTransition messageExpiry = new PauseTransition(Duration.seconds(MESSAGE_SECONDS));

    /** {@code onFindingsClicked}: what a click on the findings' summary does (shows the checks). */
    StatusBar(Runnable onFindingsClicked) {
        getStyleClass().add("status-bar");
        setPadding(new Insets(3, 10, 3, 10));
        setSpacing(18);
        setAlignment(Pos.CENTER_LEFT);
        counts.setId("status-counts");
        selection.setId("status-selection");
        caret.setId("status-caret");
        findings.setId("status-findings");
        message.setId("status-message");
        messageExpiry.setOnFinished(e -> message.setText(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, findings, selection, counts, caret);
        // A long message gives way (its tooltip holds it whole); the counts and the caret never do.
        message.setMinWidth(0);
        message.tooltipProperty()
                .bind(Bindings.createObjectBinding(
                        () -> message.getText().isEmpty() ? null : new Tooltip(message.getText()),
                        message.textProperty()));
        for (var fixed : List.of(findings, selection, counts, caret)) fixed.setMinWidth(Region.USE_PREF_SIZE);
        findings.setOnMouseClicked(e -> onFindingsClicked.run());
        findings.setTooltip(new Tooltip("Show the checks (Ctrl+3)"));
        findings.getStyleClass().add("clickable");
    }

    void showCounts(TextStats body) {
        showCounts(body, null, WritingRules.NONE);
    }

    /** The counts, the site's word target beside the words, and the reading ease where the language has a formula. */
    void showCounts(TextStats body, Readability.Result readability, WritingRules target) {
        String words = String.format("%,d words", body.words());
        if (target.hasTarget()) {
            String range = target.maxWords() > 0
                    ? String.format("%,d–%,d", target.minWords(), target.maxWords())
                    : String.format("≥ %,d", target.minWords());
            words += " (target " + range + ")";
        }
        boolean outside = target.hasTarget()
                && (body.words() < target.minWords() || (target.maxWords() > 0 && body.words() > target.maxWords()));
        counts.pseudoClassStateChanged(OUTSIDE, outside);
        String ease = readability != null && readability.ease().isPresent()
                ? String.format(" · reading ease %.0f", readability.ease().getAsDouble())
                : "";
        counts.setText(String.format(
                "%s · %,d characters · %d min read%s", words, body.characters(), body.readingMinutes(), ease));
        counts.setTooltip(
                ease.isEmpty()
                        ? null
                        : new Tooltip(readability.formula() + ": 60–70 is plain English; under 30 is very difficult"));
    }

    /** Where the spelling's status goes (its language and count), before the other counts. */
    void addBeforeFindings(javafx.scene.Node node) {
        getChildren().add(getChildren().indexOf(findings), node);
    }

    void showSelection(TextStats selected) {
        selection.setText(
                selected == null
                        ? ""
                        : String.format(
                                "Selected: %,d words, %,d characters", selected.words(), selected.characters()));
    }

    void showCaret(int line, int column) {
        caret.setText("Ln " + line + ", Col " + column);
    }

    void showFindings(String summary) {
        findings.setText(summary);
    }

    void showMessage(String text) {
        message.setText(text);
        // A message is news: it goes after a while, so an old one is never read as new.
        messageExpiry.playFromStart();
    }

    /** What the writer should know about a document as it opens: a header that does not parse, another encoding. */
    static Optional<String> openingNote(ArticleDocument document) {
        var notUtf8 = document.notUtf8()
                .map(e -> "Not UTF-8 (line " + e.line() + ", column " + e.column()
                        + "): opened as " + document.article().charset().displayName()
                        + "; saving asks whether to keep that encoding or convert to UTF-8.");
        if (notUtf8.isPresent()) return notUtf8;
        return document.article().headerError().map(e -> "Front matter: " + e.reason());
    }

    /** Shows the session's findings and counts while it is open. */
    void follow(DocumentSession session) {
        session.observe(session.checkedProperty(), (o, old, checked) -> {
            showFindings(ChecksPanel.summarize(checked.findings()));
            showCounts(
                    checked.stats(),
                    checked.readability(),
                    session.document().profile().writing());
        });
    }
}
