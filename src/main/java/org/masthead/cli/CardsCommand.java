package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.ArticleFinder;
import org.masthead.cards.CardSet;
import org.masthead.fx.CardSnapshots;
import org.masthead.fx.HeadlessFx;
import org.masthead.platform.CardChoice;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cards FILE.md [-o DIR]}: one PNG per social card and an index.html showing them, without a display. */
@Command(
        name = "cards",
        mixinStandardHelpOptions = true,
        description = "Render the article's social cards (X, Facebook, LinkedIn, Slack, Discord, Google, Bluesky, "
                + "Mastodon, WhatsApp, iMessage, Telegram) to PNG files, headless.",
        footer = {
            "",
            "Writes <platform>.png for each card and index.html showing them, into DIR (default: FILE's name "
                    + "+ '-cards').",
            "Exit codes: 0 written, 1 the article's header does not parse, 2 usage or I/O error."
        })
final class CardsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.md", description = "The article.")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "The folder to write the cards into.")
    Path output;

    @Option(
            names = "--x-card",
            paramLabel = "KIND",
            description = "The X card to show: page (as the page says), large or summary.")
    String xCard = "page";

    @Option(
            names = "--dark",
            description =
                    "Each platform's dark colours (X, Facebook, LinkedIn, Slack, Google; Discord is dark either way).")
    boolean dark;

    @Option(
            names = "--x-classic",
            description = "X's large card as it was before October 2023 (title and description under the image).")
    boolean xClassic;

    @Option(
            names = "--platforms",
            paramLabel = "LIST",
            description = "Only these platforms, comma-separated: x, facebook, linkedin, slack, discord, google, "
                    + "bluesky, mastodon, whatsapp, imessage, telegram (default: all).")
    String platforms = CardChoice.all();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CardSet.XCard kind;
        try {
            kind = CardSet.XCard.valueOf(xCard.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("masthead cards: --x-card is page, large or summary, not '" + xCard + "'");
            return 2;
        }
        Set<String> unknown = CardChoice.unknown(platforms);
        Set<CardChoice> chosen = CardChoice.parse(platforms);
        if (!unknown.isEmpty() || chosen.isEmpty()) {
            err.println("masthead cards: --platforms takes " + CardChoice.all().replace(",", ", ")
                    + (unknown.isEmpty() ? "" : "; not " + String.join(", ", unknown)));
            return 2;
        }
        Article article;
        SiteProfile profile;
        try {
            article = ArticleFiles.read(file);
            profile = ProfileLoader.forArticle(file);
        } catch (IOException e) {
            err.println("masthead cards: " + file + ": " + IoMessages.describe(e));
            return 2;
        } catch (SourceException e) {
            err.println(e.getMessage());
            return 1;
        }
        Path folder =
                output != null ? output : file.toAbsolutePath().resolveSibling(ArticleFinder.baseName(file) + "-cards");
        try {
            var cards = CardSet.of(article, profile, kind).stream()
                    .filter(c -> chosen.contains(c.platform().choice()))
                    .toList();
            HeadlessFx.start();
            List<CardSnapshots.Shot> shots = new CardSnapshots(dark, xClassic).write(cards, folder);
            Path index = folder.resolve("index.html");
            Files.writeString(index, CardsIndex.html(file, shots), StandardCharsets.UTF_8);
            for (CardSnapshots.Shot s : shots) out.println(s.file() + "  " + s.width() + "×" + s.height());
            out.println(index);
            return 0;
        } catch (SourceException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("masthead cards: " + folder + ": " + IoMessages.describe(e));
            return 2;
        }
    }
}
