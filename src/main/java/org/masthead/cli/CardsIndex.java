package org.masthead.cli;

import java.nio.file.Path;
import java.util.List;

import org.masthead.cards.Card;
import org.masthead.fx.CardSnapshots;
import org.masthead.render.Html;

/** The index.html beside the card pictures: each picture with its platform and where its values came from. */
final class CardsIndex {
    private CardsIndex() {}

    static String html(Path article, List<CardSnapshots.Shot> shots) {
        StringBuilder sb = new StringBuilder(
                        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Cards: ")
                .append(Html.text(article.getFileName().toString()))
                .append("</title>\n<style>\n")
                .append("body{font:14px/1.45 system-ui,sans-serif;background:#eef0f3;color:#1d2129;margin:24px}")
                .append("figure{margin:0 0 28px}figcaption{font-size:13px;color:#4a5361;margin-top:4px}")
                .append("h2{font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:#5b6470;margin:0 0 6px}")
                .append("img{display:block;box-shadow:0 1px 3px rgba(0,0,0,.12)}\n</style>\n</head>\n<body>\n<h1>")
                .append(Html.text(article.getFileName().toString()))
                .append("</h1>\n");
        for (CardSnapshots.Shot s : shots) {
            Card c = s.card();
            sb.append("<figure id=\"")
                    .append(c.platform().id())
                    .append("\">\n<h2>")
                    .append(Html.text(c.platform().label()))
                    .append("</h2>\n<img src=\"")
                    .append(Html.attr(s.file().getFileName().toString()))
                    .append("\" width=\"")
                    .append(s.width())
                    .append("\" height=\"")
                    .append(s.height())
                    .append("\" alt=\"")
                    .append(Html.attr(c.platform().label() + " card: " + c.shownTitle()))
                    .append("\">\n<figcaption>title from ")
                    .append(Html.text(c.title().describe()))
                    .append(" · description from ")
                    .append(Html.text(c.description().describe()))
                    .append(" · image from ")
                    .append(Html.text(c.image().url().describe()));
            if (!c.image().shown()) sb.append(" · ").append(Html.text(c.image().placeholder()));
            sb.append("</figcaption>\n</figure>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }
}
