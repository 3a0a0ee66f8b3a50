package org.masthead.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.source.AtomicFile;

/**
 * The site's index kept between runs, one file per site in the user's cache folder (never in the
 * site), so a large site's table shows at once and only what changed is read again. A cache that
 * cannot be read, of another format or another site, is ignored: it is only ever a shortcut.
 */
public final class IndexCache {
    /** Bumped whenever what an entry holds, or what the checks count, changes meaning. */
    static final int FORMAT = 2;

    private static final int MAGIC = 0x4D48_4958; // "MHIX"
    private static final int MAX_ENTRIES = 1_000_000;

    private final Path folder;

    public IndexCache(Path folder) {
        this.folder = folder;
    }

    /** The cache file of a site: named by a hash of its real path. */
    Path fileFor(Path site) throws IOException {
        String key = site.toRealPath().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".idx");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    /**
     * The entries last stored for the site; empty when there are none, they cannot be read, or
     * they were stored under another {@code stamp} (the site's profile changed: every count may).
     */
    public Optional<List<SiteEntry>> load(Path site, String stamp) {
        try {
            Path file = fileFor(site);
            if (!Files.isRegularFile(file)) return Optional.empty();
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) return Optional.empty();
            if (!in.readUTF().equals(site.toRealPath().toString())) return Optional.empty();
            if (!in.readUTF().equals(stamp)) return Optional.empty();
            int n = in.readInt();
            if (n < 0 || n > MAX_ENTRIES) return Optional.empty();
            Path root = site.toRealPath();
            List<SiteEntry> entries = new ArrayList<>(n);
            for (int i = 0; i < n; i++) entries.add(read(in, root));
            return Optional.of(entries);
        } catch (IOException | RuntimeException e) {
            System.getLogger(IndexCache.class.getName())
                    .log(System.Logger.Level.DEBUG, "Site index cache not used: " + e);
            return Optional.empty();
        }
    }

    /** Stores the site's entries (atomically; a failure only costs the next start some time). */
    public void store(Path site, String stamp, List<SiteEntry> entries) {
        try {
            Path root = site.toRealPath();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(root.toString());
            out.writeUTF(stamp);
            out.writeInt(entries.size());
            for (SiteEntry e : entries) write(out, root, e);
            out.flush();
            Files.createDirectories(folder);
            AtomicFile.write(fileFor(site), bytes.toByteArray(), false);
        } catch (IOException | RuntimeException e) {
            System.getLogger(IndexCache.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not store the site index cache", e);
        }
    }

    private static void write(DataOutputStream out, Path root, SiteEntry e) throws IOException {
        Path p = e.path().toAbsolutePath();
        out.writeUTF(p.startsWith(root) ? root.relativize(p).toString() : p.toString());
        out.writeUTF(clip(e.title()));
        out.writeLong(e.date() == null ? Long.MIN_VALUE : e.date().toEpochDay());
        out.writeInt(e.errors());
        out.writeInt(e.warnings());
        out.writeInt(e.tips());
        out.writeInt(e.tags().size());
        for (String t : e.tags()) out.writeUTF(clip(t));
        out.writeByte(e.draft() == null ? -1 : e.draft() ? 1 : 0);
        out.writeLong(e.modified());
        out.writeLong(e.size());
        out.writeBoolean(e.problem() != null);
        if (e.problem() != null) out.writeUTF(clip(e.problem()));
        out.writeUTF(clip(e.words()));
        out.writeInt(e.lists().size());
        for (Map.Entry<String, List<String>> list : e.lists().entrySet()) {
            out.writeUTF(clip(list.getKey()));
            out.writeInt(list.getValue().size());
            for (String v : list.getValue()) out.writeUTF(clip(v));
        }
    }

    private static SiteEntry read(DataInputStream in, Path root) throws IOException {
        Path path = root.resolve(in.readUTF());
        String title = in.readUTF();
        long day = in.readLong();
        int errors = in.readInt(), warnings = in.readInt(), tips = in.readInt();
        int tagCount = in.readInt();
        if (tagCount < 0 || tagCount > 10_000) throw new IOException("bad tag count " + tagCount);
        List<String> tags = new ArrayList<>(tagCount);
        for (int t = 0; t < tagCount; t++) tags.add(in.readUTF());
        byte draft = in.readByte();
        long modified = in.readLong(), size = in.readLong();
        String problem = in.readBoolean() ? in.readUTF() : null;
        String words = in.readUTF();
        int listCount = in.readInt();
        if (listCount < 0 || listCount > 10_000) throw new IOException("bad list count " + listCount);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (int l = 0; l < listCount; l++) {
            String key = in.readUTF();
            int valueCount = in.readInt();
            if (valueCount < 0 || valueCount > 10_000) throw new IOException("bad value count " + valueCount);
            List<String> values = new ArrayList<>(valueCount);
            for (int v = 0; v < valueCount; v++) values.add(in.readUTF());
            lists.put(key, values);
        }
        return new SiteEntry(
                path,
                title,
                day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
                errors,
                warnings,
                tips,
                tags,
                draft < 0 ? null : draft == 1,
                modified,
                size,
                problem,
                words,
                lists);
    }

    /** writeUTF takes at most 65,535 bytes; a title that long is cut (the table shows far less). */
    private static String clip(String s) {
        return s.length() > 16_000 ? s.substring(0, 16_000) : s;
    }
}
