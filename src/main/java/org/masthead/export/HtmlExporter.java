package org.masthead.export;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.AssetLinker;
import org.masthead.render.PageOptions;
import org.masthead.render.RenderedPage;
import org.masthead.source.SourceException;

/**
 * Writes an article as a standalone HTML5 page with its meta tags. Local images are referred to
 * relative to the page (never as file://), or copied into an {@code assets} folder beside it.
 */
public final class HtmlExporter {
    public static final String ASSETS_FOLDER = "assets";

    private HtmlExporter() {}

    /** The page's HTML; {@code copied} receives the files to copy when assets are copied. */
    public static String html(Article article, SiteProfile profile, Path out, boolean copyAssets, List<Path[]> copied)
            throws SourceException {
        article.requireFrontMatter();
        Path outDir = out.toAbsolutePath().getParent();
        AssetLinker linker = copyAssets ? file -> copyTarget(outDir, file, copied) : file -> relativeHref(outDir, file);
        PageMetadata meta = PageMetadata.of(article, profile);
        RenderedPage page = ArticleRenderer.render(article, profile, PageOptions.publish(linker, meta.headHtml()));
        return page.html();
    }

    /** Exports one article to {@code out}, where {@link ExportTargets} allows; returns the files written. */
    public static List<Path> export(Article article, SiteProfile profile, Path out, boolean copyAssets)
            throws SourceException, IOException {
        return export(
                article,
                profile,
                out,
                copyAssets,
                ExportTargets.Sources.of(article.path() == null ? List.of() : List.of(article.path())),
                false);
    }

    /**
     * @param inputs every article of the run: the page may be none of them
     * @param force  replace an existing file that is not a Masthead page
     */
    public static List<Path> export(
            Article article,
            SiteProfile profile,
            Path out,
            boolean copyAssets,
            ExportTargets.Sources inputs,
            boolean force)
            throws SourceException, IOException {
        ExportTargets.check(out, inputs, force);
        List<Path[]> copies = new ArrayList<>();
        String html = html(article, profile, out, copyAssets, copies);
        Path outDir = out.toAbsolutePath().getParent();
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (Path[] c : copies) {
            Files.createDirectories(c[1].getParent());
            if (!Files.exists(c[1]) || !sameContent(c[0], c[1])) {
                ExportTargets.check(c[1], inputs, true);
                ArticleFiles.write(c[1], Files.readAllBytes(c[0]));
            }
            written.add(c[1]);
        }
        ArticleFiles.write(out, html.getBytes(StandardCharsets.UTF_8));
        written.add(out);
        return written;
    }

    static String relativeHref(Path fromDir, Path file) {
        Path rel = fromDir.relativize(file.toAbsolutePath().normalize());
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) sb.append('/');
            sb.append(encodeSegment(part.toString()));
        }
        return sb.toString();
    }

    /** Picks {@code assets/name} for a file, another name where a different file already took it. */
    private static String copyTarget(Path outDir, Path file, List<Path[]> copied) {
        Path dir = outDir.resolve(ASSETS_FOLDER);
        String name = file.getFileName().toString();
        Path target = dir.resolve(name);
        for (Path[] c : copied) {
            if (c[0].equals(file))
                return ASSETS_FOLDER + "/" + encodeSegment(c[1].getFileName().toString());
        }
        int n = 1;
        while (taken(target, file, copied)) {
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String ext = dot > 0 ? name.substring(dot) : "";
            target = dir.resolve(stem + "-" + (++n) + ext);
        }
        copied.add(new Path[] {file, target});
        return ASSETS_FOLDER + "/" + encodeSegment(target.getFileName().toString());
    }

    private static boolean taken(Path target, Path file, List<Path[]> copied) {
        for (Path[] c : copied) if (c[1].equals(target)) return true;
        return Files.exists(target) && !sameContent(file, target);
    }

    private static boolean sameContent(Path a, Path b) {
        try {
            return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (IOException e) {
            return false;
        }
    }

    private static String encodeSegment(String s) {
        try {
            return new URI(null, null, s, null).getRawPath().replace(":", "%3A");
        } catch (URISyntaxException e) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
