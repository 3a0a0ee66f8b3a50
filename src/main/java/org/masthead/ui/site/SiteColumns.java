package org.masthead.ui.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.masthead.site.SiteEntry;

/** The site table's columns: title, date, status badges, path, last change, draft flag, tags. */
final class SiteColumns {
    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SiteColumns() {}

    static List<TableColumn<SiteEntry, ?>> all(SiteModel model) {
        TableColumn<SiteEntry, String> title = text(
                "Title",
                "site-col-title",
                e -> e.title().isEmpty() ? e.path().getFileName().toString() : e.title());
        title.setPrefWidth(230);
        TableColumn<SiteEntry, SiteEntry> status = new TableColumn<>("Status");
        status.setId("site-col-status");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        // Worst first when sorted ascending: errors, then warnings, then tips.
        status.setComparator(Comparator.comparingInt((SiteEntry e) -> -e.errors())
                .thenComparingInt(e -> -e.warnings())
                .thenComparingInt(e -> -e.tips()));
        status.setPrefWidth(125);
        TableColumn<SiteEntry, LocalDate> date = new TableColumn<>("Date");
        date.setId("site-col-date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        date.setPrefWidth(90);
        TableColumn<SiteEntry, String> path = text("Path", "site-col-path", e -> relative(model, e));
        path.setPrefWidth(200);
        TableColumn<SiteEntry, Long> changed = new TableColumn<>("Changed");
        changed.setId("site-col-changed");
        changed.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().modified()));
        changed.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long millis, boolean empty) {
                super.updateItem(millis, empty);
                setText(
                        empty || millis == null || millis == 0
                                ? null
                                : CHANGED.format(
                                        LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault())));
            }
        });
        changed.setPrefWidth(120);
        TableColumn<SiteEntry, String> draft =
                text("Draft", "site-col-draft", e -> e.draft() == null ? "" : e.draft() ? "draft" : "");
        TableColumn<SiteEntry, String> tags = text("Tags", "site-col-tags", e -> String.join(", ", e.tags()));
        // Columns a site's schema has nothing for stay hidden.
        model.entries().addListener((ListChangeListener<SiteEntry>) c -> {
            draft.setVisible(model.entries().stream().anyMatch(e -> e.draft() != null));
            tags.setVisible(model.entries().stream().anyMatch(e -> !e.tags().isEmpty()));
        });
        draft.setVisible(false);
        tags.setVisible(false);
        draft.setPrefWidth(50);
        tags.setPrefWidth(160);
        return List.of(status, title, date, path, changed, draft, tags);
    }

    private static String relative(SiteModel model, SiteEntry e) {
        var root = model.rootProperty().get();
        return root != null && e.path().startsWith(root)
                ? root.relativize(e.path()).toString()
                : e.path().toString();
    }

    private static TableColumn<SiteEntry, String> text(String name, String id, Function<SiteEntry, String> value) {
        TableColumn<SiteEntry, String> c = new TableColumn<>(name);
        c.setId(id);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setComparator(String.CASE_INSENSITIVE_ORDER);
        return c;
    }

    /** Errors, warnings and tips as badges; a file that could not be read says why. */
    private static final class StatusCell extends TableCell<SiteEntry, SiteEntry> {
        @Override
        protected void updateItem(SiteEntry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            setTooltip(null);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            if (e.problem() != null) {
                Label l = badge("unreadable", "badge-error");
                setGraphic(l);
                setTooltip(new Tooltip(e.problem()));
                return;
            }
            HBox box = new HBox(3);
            if (e.errors() > 0) box.getChildren().add(badge(e.errors() + " E", "badge-error"));
            if (e.warnings() > 0) box.getChildren().add(badge(e.warnings() + " W", "badge-warning"));
            if (e.tips() > 0) box.getChildren().add(badge(e.tips() + " T", "badge-tip"));
            if (box.getChildren().isEmpty()) box.getChildren().add(badge("✓", "badge-ok"));
            setTooltip(new Tooltip(e.errors() + " errors · " + e.warnings() + " warnings · " + e.tips() + " tips"));
            setGraphic(box);
        }

        private static Label badge(String text, String style) {
            Label l = new Label(text);
            l.getStyleClass().addAll("badge", style);
            return l;
        }
    }
}
