package org.masthead.theme;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import org.masthead.profile.PageLook;
import org.masthead.profile.SiteProfile;
import org.masthead.source.SourceException;

/**
 * The site's template and stylesheets as read from disk, compiled once per version of their files:
 * every use checks the files' sizes and times (a few file reads of metadata) and reads them again
 * when one changed, so an edit in another editor is used at the next page. A template with a
 * mistake is not used; its problems name the file, line and column.
 */
public final class SiteTheme {
    private static final Map<Path, SiteTheme> CACHE = new ConcurrentHashMap<>();

    /** A stylesheet's text and where it is, for its relative references. */
    public record Stylesheet(Path file, String css) {}

    private final FileStamps stamps;
    private final Path templateFile;
    private final Mustache template;
    private final Set<String> written;
    private final List<Stylesheet> stylesheets;
    private final List<SourceException> problems;

    private SiteTheme(
            FileStamps stamps,
            Path templateFile,
            Mustache template,
            Set<String> written,
            List<Stylesheet> stylesheets,
            List<SourceException> problems) {
        this.stamps = stamps;
        this.templateFile = templateFile;
        this.template = template;
        this.written = Set.copyOf(written);
        this.stylesheets = List.copyOf(stylesheets);
        this.problems = List.copyOf(problems);
    }

    /** The look of a profile with a {@code page} section, read again when its files changed. */
    public static SiteTheme of(SiteProfile profile) {
        Path key =
                profile.file() == null ? profile.siteFolder() : profile.file().toAbsolutePath();
        SiteTheme cached = CACHE.get(key);
        if (cached != null && cached.stamps.current()) return cached;
        SiteTheme fresh = load(profile.page(), profile.siteFolder().toAbsolutePath());
        CACHE.put(key, fresh);
        return fresh;
    }

    /** Forgets every theme read, so the next page reads the files again (a file event came). */
    public static void forgetAll() {
        CACHE.clear();
    }

    /** Whether the template can be used; when not, the built-in page is, and {@link #problems()} say why. */
    public boolean usable() {
        return template != null;
    }

    public List<SourceException> problems() {
        return problems;
    }

    public List<Stylesheet> stylesheets() {
        return stylesheets;
    }

    /** The template's file, or null. */
    public Path templateFile() {
        return templateFile;
    }

    /** Every file this theme was read from (or looked for): what a watcher watches. */
    public Set<Path> files() {
        return stamps.files();
    }

    /** Whether the template writes a value itself (else Masthead puts it before {@code </head>}). */
    public boolean writes(String name) {
        return written.contains(name);
    }

    /** The page, from values by name; {@code IllegalStateException} when the theme is not usable or fails. */
    public String render(Map<String, Object> scope) {
        if (template == null) throw new IllegalStateException("the site's template has problems");
        StringWriter out = new StringWriter();
        try {
            template.execute(out, scope);
        } catch (MustacheException e) {
            throw new IllegalStateException(templateFile + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static SiteTheme load(PageLook look, Path siteFolder) {
        FileStamps.Builder stamps = new FileStamps.Builder();
        List<SourceException> problems = new ArrayList<>();
        List<Stylesheet> sheets = new ArrayList<>();
        for (PageLook.Named sheet : look.stylesheets()) {
            stamps.add(sheet.file());
            try {
                sheets.add(new Stylesheet(sheet.file(), ThemeFile.read(sheet.file(), siteFolder)));
            } catch (IOException e) {
                problems.add(atProfile(sheet, "stylesheet " + sheet.written() + ": " + ThemeFile.why(e)));
            }
        }
        Mustache compiled = null;
        Set<String> written = new java.util.HashSet<>();
        PageLook.Named t = look.template();
        if (t != null) {
            stamps.add(t.file());
            try {
                String text = ThemeFile.read(t.file(), siteFolder);
                TemplateScan scan = TemplateScan.of(text);
                Map<Path, String> partials = new LinkedHashMap<>();
                List<SourceException> found = new ArrayList<>();
                Partials.read(
                        t.file().getParent(), t.file(), text, scan, siteFolder, partials, found, stamps, written, 0);
                if (found.isEmpty()) compiled = compile(t.file(), text, partials, found);
                problems.addAll(found);
            } catch (IOException e) {
                problems.add(atProfile(t, "template " + t.written() + ": " + ThemeFile.why(e)));
            }
        }
        if (!problems.isEmpty()) compiled = null;
        return new SiteTheme(stamps.build(), t == null ? null : t.file(), compiled, written, sheets, problems);
    }

    private static Mustache compile(Path file, String text, Map<Path, String> partials, List<SourceException> out) {
        Path folder = file.getParent();
        Map<String, String> byName = Collections.synchronizedMap(new LinkedHashMap<>());
        partials.forEach((p, s) -> byName.put(folder.relativize(p).toString().replace('\\', '/'), s));
        DefaultMustacheFactory factory =
                new DefaultMustacheFactory(name -> {
                    String s = byName.get(name);
                    return s == null ? null : new StringReader(s);
                }) {
                    @Override
                    public String resolvePartialPath(String dir, String name, String extension) {
                        return Partials.fileName(name);
                    }
                };
        factory.setRecursionLimit(Partials.MAX_DEPTH);
        try {
            return factory.compile(new StringReader(text), file.getFileName().toString());
        } catch (MustacheException e) {
            int line = e.getContext() == null ? 1 : Math.max(1, e.getContext().line());
            String why = e.getMessage().replaceAll(" @\\[[^]]*]$", "");
            out.add(new SourceException(file, line, 1, why));
            return null;
        }
    }

    private static SourceException atProfile(PageLook.Named named, String message) {
        return new SourceException(named.profile(), named.line(), named.column(), message);
    }
}
