package org.masthead.document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.FrontMatterEditor;
import org.masthead.article.KeyPlacement;
import org.masthead.link.FieldLinks;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.source.FileGuard;
import org.masthead.source.SourceException;

/**
 * The article being edited: one text that the form, the raw header, the body editor and the
 * preview all work on. Every change goes through the lossless model, so saving rewrites only what
 * was edited. Not thread-safe: the window uses it from one thread.
 */
public final class ArticleDocument {

    /** Where a change came from, so a view does not echo its own edit back. */
    public enum Origin {
        LOAD,
        FORM,
        HEADER,
        BODY,
        SAVE,
        DISK
    }

    private final Listeners<Origin> listeners = new Listeners<>();
    private Article article;
    private String savedText;
    private Charset savedCharset = StandardCharsets.UTF_8;
    private SiteProfile profile;
    private final DocumentLinks links = new DocumentLinks();
    private Set<String> lastFollowed = Set.of();
    private DiskVersion diskVersion;
    private boolean missingOnDisk;
    private Optional<SourceException> notUtf8 = Optional.empty();
    private ArticleWriter writer = ArticleFiles::write;

    private ArticleDocument(Article article, String savedText, SiteProfile profile) {
        this.article = article;
        this.savedText = savedText;
        this.savedCharset = article.charset();
        this.profile = profile;
        links.infer(article, profile);
    }

    /**
     * Opens a file; a header that does not parse still opens (see {@link Article#headerError()}),
     * and so does a file that is not UTF-8 (see {@link #notUtf8()}).
     */
    public static ArticleDocument open(Path file) throws IOException, SourceException {
        byte[] bytes = Files.readAllBytes(file);
        Article.Decoded d = Article.fromBytesAnyEncoding(file, bytes);
        ArticleDocument doc = new ArticleDocument(d.article(), d.article().text(), ProfileLoader.forArticle(file));
        doc.diskVersion = DiskVersion.of(bytes);
        doc.notUtf8 = d.notUtf8();
        return doc;
    }

    /** Why the file was not read as UTF-8 (where its first invalid byte is); empty for UTF-8 files. */
    public Optional<SourceException> notUtf8() {
        return notUtf8;
    }

    /** The file's version when it was last read or written here; null for a new article. */
    public DiskVersion diskVersion() {
        return diskVersion;
    }

    /**
     * The file's version now, when another program changed it since it was last read or written
     * here; empty when it is unchanged, gone, or the article was never saved.
     */
    public Optional<DiskVersion> newerOnDisk() throws IOException {
        if (article.path() == null || diskVersion == null) return Optional.empty();
        return DiskVersion.read(article.path()).filter(v -> !v.equals(diskVersion));
    }

    /** The writer chose to keep their text over the file's new version: saving may now replace it. */
    public void acceptDiskVersion(DiskVersion version) {
        diskVersion = version;
        missingOnDisk = false;
        fire(Origin.DISK);
    }

    /** The file was deleted or moved away: the text is only here now, so it counts as unsaved. */
    public void markMissingOnDisk() {
        if (missingOnDisk) return;
        missingOnDisk = true;
        fire(Origin.DISK);
    }

    public boolean isMissingOnDisk() {
        return missingOnDisk;
    }

    public void useWriter(ArticleWriter w) {
        this.writer = w;
    }

    /** Puts recovered text in place of the file's, unsaved (the file is left as it is). */
    public void restore(String text) {
        Article restored = article.withText(text);
        links.infer(restored, profile);
        article = restored;
    }

    /** Saves in UTF-8 from now on (a file that was read in another encoding). */
    public void convertToUtf8() {
        article = article.withCharset(StandardCharsets.UTF_8);
        notUtf8 = Optional.empty();
        fire(Origin.DISK);
    }

    /** A new, unsaved article with the schema's keys, empty. */
    public static ArticleDocument untitled(Schema schema, SiteProfile profile) {
        return new ArticleDocument(Article.of(null, RawHeader.empty(schema), false), null, profile);
    }

    /** Listens to every change; closing the returned subscription stops it. */
    public Subscription addListener(Consumer<Origin> listener) {
        return listeners.add(listener);
    }

    /** How many listen now (tests prove that closed views unsubscribed). */
    public int listenerCount() {
        return listeners.count();
    }

    public Article article() {
        return article;
    }

    public SiteProfile profile() {
        return profile;
    }

    public Path path() {
        return article.path();
    }

    /** The schema for the current keys (declared by the profile or guessed). */
    public Schema schema() {
        return profile.schemaFor(article.frontMatter().map(fm -> fm.keys()).orElse(List.of()));
    }

    /** True when the text differs from what is on disk (always true for an unsaved new article). */
    public boolean isDirty() {
        return savedText == null
                || missingOnDisk
                || !savedText.equals(article.text())
                || !savedCharset.equals(article.charset());
    }

    public boolean isUntitled() {
        return article.path() == null;
    }

    /** Which derived fields follow their source (the form shows and changes this). */
    public FieldLinks links() {
        return links.state();
    }

    /** The linked fields the last change updated, so a view can show their new values. */
    public Set<String> lastFollowed() {
        return lastFollowed;
    }

    /** Sets a front-matter value the writer typed (a linked field stops following); the header must parse. */
    public void setValue(String key, String value) throws SourceException {
        links.state().unlink(key);
        apply(follow(editor().set(article, key, value), false), Origin.FORM);
    }

    /** Sets a key from a line of text the writer typed; a list key takes comma-separated items. */
    public void setText(String key, String text, boolean listField) throws SourceException {
        links.state().unlink(key);
        apply(follow(editor().setText(article, key, text, listField), false), Origin.FORM);
    }

    /** Makes a derived field follow its source again, and gives it the derived value now. */
    public void relink(String key) {
        links.state().relink(key);
        Article followed = follow(article, false);
        if (followed == article) fire(Origin.FORM);
        else apply(followed, Origin.FORM);
    }

    public void removeKey(String key) throws SourceException {
        lastFollowed = Set.of();
        apply(editor().remove(article, key), Origin.FORM);
    }

    /** Replaces the body (everything after the front matter). */
    public void setBody(String body) {
        String text = article.text();
        int at = article.bodyOffset();
        if (text.length() - at == body.length() && text.startsWith(body, at)) return;
        apply(follow(article.withText(text.substring(0, at) + body), true), Origin.BODY);
    }

    /** Replaces the raw YAML between the delimiters; it may not parse, and nothing is lost if it does not. */
    public void setHeader(String yaml) {
        Optional<String> newText = RawHeader.replaced(article, yaml);
        if (newText.isEmpty()) return;
        Article changed = article.withText(newText.get());
        links.infer(changed, profile);
        lastFollowed = Set.of();
        apply(changed, Origin.HEADER);
    }

    /** Writes the article to its file, atomically. On failure the document stays dirty. */
    public void save() throws IOException {
        save(false);
    }

    /**
     * Saves under the file's guard (the one {@code masthead set} takes), checking again there that no
     * other program wrote the file since it was read or accepted here.
     *
     * @param overwriteReadOnly the writer agreed to replace a read-only file (it stays read-only)
     * @throws ChangedOnDiskException when the file changed; nothing is written
     */
    public void save(boolean overwriteReadOnly) throws IOException {
        if (article.path() == null) throw new IllegalStateException("an untitled article needs Save As");
        byte[] bytes = article.toBytes();
        Path file = article.path();
        try (FileGuard guard = FileGuard.acquire(file)) {
            if (diskVersion != null
                    && !missingOnDisk
                    && Files.exists(file)
                    && !DiskVersion.of(guard.read(file)).equals(diskVersion)) {
                throw new ChangedOnDiskException(file);
            }
            if (overwriteReadOnly) ArticleFiles.write(file, bytes, true);
            else writer.write(file, bytes);
        }
        saved(bytes);
    }

    /** Writes to a new path, which becomes the document's file; the profile is looked up again. */
    public void saveAs(Path file) throws IOException, SourceException {
        Article moved = article.withPath(file);
        byte[] bytes = moved.toBytes();
        writer.write(file, bytes);
        article = moved;
        markSaved(bytes);
        profile = ProfileLoader.forArticle(file);
        links.infer(article, profile);
        fire(Origin.SAVE);
    }

    private FrontMatterEditor editor() {
        return new FrontMatterEditor(new KeyPlacement(schema().keys()), schema().scalarTypes());
    }

    private void saved(byte[] bytes) {
        markSaved(bytes);
        fire(Origin.SAVE);
    }

    private void markSaved(byte[] bytes) {
        savedText = article.text();
        savedCharset = article.charset();
        diskVersion = DiskVersion.of(bytes);
        missingOnDisk = false;
    }

    /** The article with every linked field set to what its rule derives from {@code a}. */
    private Article follow(Article a, boolean bodyChanged) {
        DocumentLinks.Followed f = links.follow(a, profile, bodyChanged, editor());
        lastFollowed = f.keys();
        return f.article();
    }

    private void apply(Article changed, Origin origin) {
        if (changed == article) return;
        article = changed;
        fire(origin);
    }

    private void fire(Origin origin) {
        listeners.fire(origin);
    }
}
