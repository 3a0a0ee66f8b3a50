package org.masthead.recovery;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.masthead.article.ArticleFiles;

/**
 * The recovery folder: unsaved text written a moment after the writer types, outside the
 * article's folder and never over the article itself. Each running instance owns its drafts; a
 * draft whose instance is gone (a crash, a kill, a power cut) is an orphan, offered on the next
 * start. Drafts are written atomically, so a kill during a write leaves the previous one whole.
 */
public final class RecoveryStore {
    private static final String MAGIC = "masthead-draft 1";
    private static final String SUFFIX = ".draft";
    /** Instances alive in this JVM, so two windows in one process do not take each other's drafts. */
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final String owner;

    public RecoveryStore(Path folder) {
        this.folder = folder;
        ProcessHandle self = ProcessHandle.current();
        this.owner = self.pid() + ":" + startMillis(self) + ":" + UUID.randomUUID();
        LIVE.add(owner);
    }

    /** The folder for this user: the platform's place for app data. */
    public static Path defaultFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("Masthead/Recovery");
        }
        if (os.startsWith("mac")) return home.resolve("Library/Application Support/Masthead/Recovery");
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share"))
                .resolve("masthead/recovery");
    }

    public Path folder() {
        return folder;
    }

    /** A key for one document of this instance: from its file, or new for an unsaved article. */
    public String keyFor(Path article) {
        String base = article == null
                ? "untitled-" + UUID.randomUUID()
                : hash(article.toAbsolutePath().normalize().toString());
        return base + "-" + hash(owner).substring(0, 8);
    }

    /** Writes (or replaces) a draft, atomically; the article's own file is never touched. */
    public void write(String key, Path article, String text, Charset charset, boolean bom) throws IOException {
        Files.createDirectories(folder);
        StringBuilder sb = new StringBuilder(text.length() + 256);
        sb.append(MAGIC)
                .append('\n')
                .append("owner: ")
                .append(owner)
                .append('\n')
                .append("article: ")
                .append(
                        article == null
                                ? ""
                                : article.toAbsolutePath().normalize().toUri())
                .append('\n')
                .append("written: ")
                .append(Instant.now())
                .append('\n')
                .append("charset: ")
                .append(charset.name())
                .append('\n')
                .append("bom: ")
                .append(bom)
                .append('\n')
                .append('\n')
                .append(text);
        ArticleFiles.write(folder.resolve(key + SUFFIX), sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    public void delete(String key) throws IOException {
        Files.deleteIfExists(folder.resolve(key + SUFFIX));
    }

    /** Makes an orphan this instance's draft under {@code key} (after restoring it). */
    public void adopt(Draft orphan, String key) throws IOException {
        // Written under this instance's name before the orphan goes, so a crash in between loses nothing.
        write(key, orphan.article().orElse(null), orphan.text(), orphan.charset(), orphan.bom());
        if (!orphan.file().equals(folder.resolve(key + SUFFIX))) Files.deleteIfExists(orphan.file());
    }

    public void discard(Draft orphan) throws IOException {
        Files.deleteIfExists(orphan.file());
    }

    /** The drafts whose instance is no longer running, newest first; unreadable files are skipped. */
    public List<Draft> orphans() throws IOException {
        List<Draft> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path f : files) read(f).filter(d -> !isAlive(d.owner())).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Draft::written).reversed());
        return out;
    }

    /** This instance stops without cleaning up, as a crash would: its drafts become orphans. */
    public void abandon() {
        LIVE.remove(owner);
    }

    static Optional<Draft> read(Path file) {
        try {
            String all = Files.readString(file, StandardCharsets.UTF_8);
            int end = all.indexOf("\n\n");
            if (!all.startsWith(MAGIC + "\n") || end < 0) return Optional.empty();
            String owner = "", article = "", written = "", charset = "UTF-8";
            boolean bom = false;
            for (String line : all.substring(0, end).split("\n")) {
                int colon = line.indexOf(": ");
                if (colon < 0) continue;
                String k = line.substring(0, colon), v = line.substring(colon + 2);
                switch (k) {
                    case "owner" -> owner = v;
                    case "article" -> article = v;
                    case "written" -> written = v;
                    case "charset" -> charset = v;
                    case "bom" -> bom = Boolean.parseBoolean(v);
                    default -> {}
                }
            }
            Optional<Path> path = article.isEmpty() ? Optional.empty() : Optional.of(Path.of(URI.create(article)));
            return Optional.of(new Draft(
                    file, path, owner, Instant.parse(written), Charset.forName(charset), bom, all.substring(end + 2)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(String owner) {
        if (LIVE.contains(owner)) return true;
        String[] parts = owner.split(":");
        if (parts.length < 3) return false;
        try {
            long pid = Long.parseLong(parts[0]);
            if (pid == ProcessHandle.current().pid()) return false; // ours, but not a live instance: abandoned
            long start = Long.parseLong(parts[1]);
            // A pid is reused after a reboot: the process must also have started when the owner did.
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .map(p -> startMillis(p) == start)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long startMillis(ProcessHandle p) {
        return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
