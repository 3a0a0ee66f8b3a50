package org.masthead.ui.help;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** About's content: name and version, what it runs on, its licence and those of the libraries it ships. */
final class AboutPane {
    private AboutPane() {}

    static VBox of(AboutInfo info, List<BundledLibraries.Entry> libraries) {
        Label name = new Label("Masthead " + info.version());
        name.setId("about-version");
        name.getStyleClass().add("about-name");
        Label what = new Label("Editor and previewer for Markdown articles with a YAML header.");
        Label runtime = new Label("Java " + info.java() + " · JavaFX " + info.javaFx());
        runtime.setId("about-runtime");
        Label own = new Label("Masthead is under the Apache License 2.0. It ships these libraries:");
        TableView<BundledLibraries.Entry> table = new TableView<>();
        table.setId("about-libraries");
        table.getColumns()
                .setAll(List.of(
                        column("Library", 280, AboutPane::libraryName),
                        column("Version", 80, BundledLibraries.Entry::version),
                        column("Licence", 300, BundledLibraries.Entry::license)));
        table.getItems().setAll(libraries);
        table.setPrefSize(800, 300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(6, name, what, runtime, own, table);
        box.getStyleClass().add("about-pane");
        return box;
    }

    /** A library's name and group; a family of modules (flexmark's) by its group and count. */
    static String libraryName(BundledLibraries.Entry e) {
        List<String> a = e.artifacts();
        if (a.size() == 1) return a.get(0) + " (" + e.group() + ")";
        return e.group() + " (" + a.size() + " modules)";
    }

    private static TableColumn<BundledLibraries.Entry, String> column(
            String title, double width, java.util.function.Function<BundledLibraries.Entry, String> value) {
        TableColumn<BundledLibraries.Entry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
