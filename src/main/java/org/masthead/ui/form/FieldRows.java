package org.masthead.ui.form;

import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

import org.masthead.check.SpellingCheck;
import org.masthead.document.ArticleDocument;
import org.masthead.document.RemoveFieldPolicy;
import org.masthead.profile.FieldSpec;
import org.masthead.profile.FieldType;
import org.masthead.profile.Schema;
import org.masthead.source.SourceException;

/**
 * Makes the form's rows: each key's control by its schema type, its label, help and limit, wired to the
 * document (typing, removing, the link button). {@code error} shows an edit the header cannot take.
 */
final class FieldRows {
    private final ArticleDocument doc;
    private final FormHost host;
    private final Label error;
    private final Consumer<String> linksChanged;

    /** {@code linksChanged}: a field was unlinked (the form shows the links again). */
    FieldRows(ArticleDocument doc, FormHost host, Label error, Consumer<String> linksChanged) {
        this.doc = doc;
        this.host = host;
        this.error = error;
        this.linksChanged = linksChanged;
    }

    FieldRow make(String key, Schema schema) {
        Optional<FieldSpec> spec = schema.field(key);
        FieldType type = spec.map(FieldSpec::type).orElse(FieldType.TEXT);
        boolean wraps = spec.filter(s -> s.role() != null)
                .map(s -> s.role().name().contains("TITLE") || s.role().name().contains("HEADLINE"))
                .orElse(false);
        FieldInput made0 = FieldInputs.create(type, key, doc, host, wraps);
        boolean prose = spec.map(s -> SpellingCheck.PROSE.contains(s.role())).orElse(false);
        FieldInput input = prose && made0.node() instanceof TextInputControl t && made0.focusTarget() == t
                ? FieldSpelling.wrap(made0, t, host.spelling())
                : made0;
        FieldRow[] made = new FieldRow[1];
        FieldRow row = new FieldRow(
                key,
                spec.map(FieldSpec::label).orElse(key),
                spec.map(FieldSpec::help).orElse("Not in the " + schema.name() + " schema; kept as it is."),
                spec.map(doc.profile()::limit).orElse(0),
                input,
                () -> remove(key, made[0]));
        made[0] = row;
        row.onEdit(text -> edit(key, type, text));
        doc.links().rule(key).ifPresent(rule -> row.addLink(rule.describe(), on -> setLinked(key, on)));
        return row;
    }

    private void setLinked(String key, boolean on) {
        if (on) {
            doc.relink(key);
        } else {
            doc.links().unlink(key);
            linksChanged.accept(key);
        }
    }

    private void edit(String key, FieldType type, String text) {
        try {
            doc.setText(key, text, type == FieldType.LIST);
        } catch (SourceException e) {
            // An edit the header cannot take faithfully (one that would break an alias): say why, write nothing.
            error.setText(e.reason());
            error.setVisible(true);
            error.setManaged(true);
        }
    }

    private void remove(String key, FieldRow row) {
        try {
            if (RemoveFieldPolicy.remove(doc, key, host.dialogs())) row.show("", false);
        } catch (SourceException e) {
            new Alert(Alert.AlertType.WARNING, e.getMessage()).showAndWait();
        }
    }
}
