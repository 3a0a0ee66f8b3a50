package org.masthead.ui.cards;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.web.WebEngine;
import javafx.util.StringConverter;

import org.masthead.article.Article;
import org.masthead.cards.Card;
import org.masthead.cards.CardSet;
import org.masthead.cards.CardsHtml;
import org.masthead.fx.PreviewAssets;
import org.masthead.platform.CardChoice;
import org.masthead.profile.SiteProfile;
import org.masthead.render.Html;
import org.masthead.source.SourceException;
import org.masthead.text.JsonText;
import org.masthead.text.Resources;
import org.masthead.ui.web.SandboxedWebView;

/**
 * The Cards tab: how the article looks when shared, per platform, from the tags the exported page
 * carries. Cards are built off the FX thread, only while the tab is shown, and swapped into the
 * page in place so the scroll position stays. The only script in the page is the tab's own, which
 * scales wide cards to the pane; nothing navigates it ({@link SandboxedWebView}).
 */
public final class CardsPane extends BorderPane {
    private final ChoiceBox<CardSet.XCard> xCard =
            new ChoiceBox<>(FXCollections.observableArrayList(CardSet.XCard.values()));
    private final CheckBox sources = new CheckBox("Where values come from");
    private final CheckBox crop = new CheckBox("Show crop");
    private final CheckBox dark = new CheckBox("Dark mode");
    private final CheckBox xClassic = new CheckBox("Classic X card");
    private final PlatformMenu platforms;
    private final PreviewAssets assets = new PreviewAssets();
    private final ReadOnlyLongWrapper shownVersion = new ReadOnlyLongWrapper(this, "shownVersion", -1);
    private final SandboxedWebView<Request> view =
            new SandboxedWebView<>("Preparing the cards…", true, "masthead-cards", this::build, this::viewReady);
    /** Scales the cards wider than the page down to fit it, now and whenever the page's width changes. */
    private static final String FIT_CARDS = Resources.text(CardsPane.class, "/org/masthead/ui/fit-cards.js");

    private boolean active;
    private Request latest;
    private String waitingHtml;
    private long waitingVersion = -1;

    private record Request(
            long version, Article article, SiteProfile profile, CardSet.XCard xCard, Set<CardChoice> shown) {}

    /**
     * {@code makeShareImage}: Make Share Image… for the shown article's image; {@code hidden}: the
     * platforms the writer left out last time, and {@code rememberHidden} where a new choice goes.
     */
    public CardsPane(Runnable makeShareImage, Set<CardChoice> hidden, Consumer<Set<CardChoice>> rememberHidden) {
        getStyleClass().add("cards-pane");
        platforms = new PlatformMenu(hidden, h -> {
            rememberHidden.accept(h);
            if (latest != null) refresh(latest.version(), latest.article(), latest.profile());
        });
        xCard.setId("cards-x-choice");
        xCard.setValue(CardSet.XCard.PAGE);
        xCard.setConverter(new StringConverter<>() {
            @Override
            public String toString(CardSet.XCard c) {
                return c == null
                        ? ""
                        : switch (c) {
                            case PAGE -> "X card: as the page says";
                            case LARGE -> "X card: large image";
                            case SUMMARY -> "X card: summary";
                        };
            }

            @Override
            public CardSet.XCard fromString(String s) {
                return CardSet.XCard.PAGE;
            }
        });
        xCard.setTooltip(new Tooltip("The page asks for twitter:card; choose another to compare"));
        xCard.valueProperty().addListener((o, a, b) -> {
            if (latest != null) refresh(latest.version(), latest.article(), latest.profile());
        });
        sources.setId("cards-sources");
        crop.setId("cards-crop");
        sources.setTooltip(new Tooltip("Shows which tag each value came from, and when a fallback was used"));
        crop.setTooltip(new Tooltip("Shows the whole image with the part each platform keeps"));
        sources.selectedProperty().addListener((o, a, b) -> applyClasses());
        crop.selectedProperty().addListener((o, a, b) -> applyClasses());
        dark.setId("cards-dark");
        dark.setTooltip(new Tooltip("Each platform's own dark colours (Discord is dark either way)"));
        dark.selectedProperty().addListener((o, a, b) -> applyClasses());
        xClassic.setId("cards-x-classic");
        xClassic.setTooltip(new Tooltip(
                "X's large card before October 2023, with the title and description under the image; today it shows "
                        + "the image with the title over it"));
        xClassic.selectedProperty().addListener((o, a, b) -> applyClasses());
        // The options wrap onto a second line in a narrow pane rather than being cut short.
        Button make = new Button("Make Share Image…");
        make.setId("cards-make-share-image");
        make.setTooltip(new Tooltip("Frame the article's image at 1.91:1 as a 1200×630 share image"));
        make.setOnAction(e -> makeShareImage.run());
        FlowPane bar = new FlowPane(12, 4, platforms, xCard, xClassic, sources, crop, dark, make);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");
        setTop(bar);
        setCenter(view);
    }

    /** The cards page's engine; null until WebKit is loaded. */
    public WebEngine engine() {
        return view.engine();
    }

    /** The platforms the writer chose to see. */
    public Set<CardChoice> shownPlatforms() {
        return platforms.shown();
    }

    /** The document version the cards show; tests wait on it. */
    public ReadOnlyLongProperty shownVersionProperty() {
        return shownVersion.getReadOnlyProperty();
    }

    /** Whether the tab is on screen; hidden cards are brought up to date when shown. */
    public void setActive(boolean on) {
        active = on;
        if (on && latest != null && latest.version() != shownVersion.get()) submit(latest);
    }

    /** The article changed; the cards follow while they are shown. */
    public void refresh(long version, Article article, SiteProfile profile) {
        latest = new Request(version, article, profile, xCard.getValue(), platforms.shown());
        if (active) submit(latest);
    }

    public void dispose() {
        view.dispose();
    }

    private void submit(Request r) {
        view.submit(r);
    }

    /** On the cards' thread: the cards' HTML for a request. */
    private Runnable build(Request r) {
        String html;
        try {
            List<Card> cards = CardSet.of(r.article(), r.profile(), r.xCard()).stream()
                    .filter(c -> r.shown().contains(c.platform().choice()))
                    .toList();
            html = cards.isEmpty()
                    ? "<p class=\"cards-error\">No platforms chosen: tick some under Platforms.</p>"
                    : CardsHtml.sections(cards, assets);
        } catch (SourceException e) {
            html = "<p class=\"cards-error\">No cards while the front matter does not parse: line " + e.line()
                    + ", column " + e.column() + ": " + Html.text(e.reason()) + "</p>";
        } catch (RuntimeException e) {
            html = "<p class=\"cards-error\">The cards could not be made: " + Html.text(String.valueOf(e.getMessage()))
                    + "</p>";
        }
        String sections = html;
        return () -> show(r.version(), sections);
    }

    /** The WebView exists now: loads the empty page the cards go into. */
    private void viewReady() {
        view.web().setId("cards-web");
        view.load(CardsHtml.page(List.of(), assets, sources.isSelected(), crop.isSelected()), () -> {
            view.engine().executeScript(FIT_CARDS);
            applyClasses();
            if (waitingHtml != null) show(waitingVersion, waitingHtml);
        });
    }

    private void show(long version, String sections) {
        if (!view.isLoaded()) {
            waitingHtml = sections;
            waitingVersion = version;
            return;
        }
        waitingHtml = null;
        view.engine().executeScript("document.getElementById('cards').innerHTML = " + JsonText.quote(sections));
        fitCards();
        shownVersion.set(version);
    }

    private void applyClasses() {
        if (!view.isLoaded()) return;
        view.engine()
                .executeScript("document.body.className = "
                        + JsonText.quote(CardsHtml.bodyClasses(
                                sources.isSelected(), crop.isSelected(), dark.isSelected(), xClassic.isSelected())));
        // Taller cards may bring the scroll bar, which takes width.
        fitCards();
    }

    private void fitCards() {
        if (view.isLoaded()) view.engine().executeScript("window.mastheadFitCards()");
    }
}
