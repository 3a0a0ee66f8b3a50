package org.masthead.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an export may write. A page goes only to a new file or over a page Masthead wrote: never
 * over an article ({@code .md}, {@code .markdown}) or any input of the run, never through a link,
 * never over a device, folder or other non-regular file, and over another existing file only when
 * the writer forces it. Paths are compared after resolving links in their folders, so
 * {@code -o ./../dir/a.md} and a linked folder are caught as well.
 */
public final class ExportTargets {
    private static final int SNIFF_BYTES = 64 * 1024;

    private ExportTargets() {}

    /** Refused: the reason says why and what would allow it. */
    public static final class Refused extends FileSystemException {
        private static final long serialVersionUID = 1L;

        Refused(Path file, String reason) {
            super(file.toString(), null, reason);
        }
    }

    /**
     * @param out    the page about to be written
     * @param inputs the articles of this run (their pages' sources)
     * @param force  the writer allows replacing an existing file that is not a Masthead page
     */
    public static void check(Path out, Sources inputs, boolean force) throws IOException {
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            throw new Refused(out, "is a Markdown file; export never writes over an article (name the page .html)");
        }
        if (inputs.resolved().contains(resolved(out)))
            throw new Refused(out, "is an article of this export; export never writes over its input");
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isSymbolicLink(out)) {
            throw new Refused(
                    out, "is a link to " + Files.readSymbolicLink(out) + "; export does not write through links");
        }
        if (!Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(
                    out, "is not a regular file (a folder, device or pipe); export writes only regular files");
        }
        if (!force && !isMastheadPage(out)) {
            throw new Refused(out, "exists and is not a page Masthead exported; use --force to replace it");
        }
    }

    /**
     * The articles of one run with their links resolved, once: resolving every article again for
     * each page made a run of 10,000 articles spend minutes in the file system.
     */
    public record Sources(Set<Path> resolved) {
        public static Sources of(Collection<Path> articles) {
            Set<Path> out = new HashSet<>();
            for (Path a : articles) out.add(ExportTargets.resolved(a));
            return new Sources(Set.copyOf(out));
        }
    }

    /** The path with links in its folders resolved (the file itself may not exist yet). */
    public static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) return abs.toRealPath();
            Path parent = abs.getParent();
            if (parent != null && Files.exists(parent))
                return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            // a link loop or a vanished folder: compare as written
            System.getLogger(ExportTargets.class.getName())
                    .log(System.Logger.Level.DEBUG, "Comparing " + abs + " as written: " + e);
        }
        return abs;
    }

    private static boolean isMastheadPage(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return head.contains(PageMetadata.GENERATOR_TAG)
                    || head.contains("<header class=\"mh-header\" id=\"mh-header\">");
        } catch (IOException e) {
            return false;
        }
    }
}
