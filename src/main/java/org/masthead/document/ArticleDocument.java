package org.masthead.document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.FrontMatterEditor;
import org.masthead.article.KeyPlacement;
import org.masthead.link.FieldLinks;
import org.masthead.link.LinkRule;
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

    private final Listeners<Origin> listeners = new Listeners<>();
    private Article article;
    private String savedText;
    private Charset savedCharset = StandardCharsets.UTF_8;
    private SiteProfile profile;
    private final DocumentLinks links = new DocumentLinks();
    private Set<String> lastFollowed = Set.of();
    private final DiskState disk = new DiskState(() -> article.path(), () -> listeners.fire(Origin.DISK));
    private Optional<SourceException> notUtf8 = Optional.empty();
    private ArticleWriter writer = ArticleFiles::write;
    private final EditHistory history = new EditHistory(System::nanoTime, () -> article.text(), this::travel);

    private ArticleDocument(Article article, String savedText, SiteProfile profile) {
        this.article = article;
        this.savedText = savedText;
        this.savedCharset = article.charset();
        this.profile = profile;
        links.infer(article, profile);
    }

    /** Opens a file, also one whose header does not parse ({@link Article#headerError()}) or not UTF-8. */
    public static ArticleDocument open(Path file) throws IOException, SourceException {
        byte[] bytes = Files.readAllBytes(file);
        Article.Decoded d = Article.fromBytesAnyEncoding(file, bytes);
        ArticleDocument doc = new ArticleDocument(d.article(), d.article().text(), ProfileLoader.forArticle(file));
        doc.disk.known(bytes);
        doc.notUtf8 = d.notUtf8();
        return doc;
    }

    /** Why the file was not read as UTF-8 (where its first invalid byte is); empty for UTF-8 files. */
    public Optional<SourceException> notUtf8() {
        return notUtf8;
    }

    /** The file on disk as this document last saw it. */
    public DiskState disk() {
        return disk;
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
        listeners.fire(Origin.DISK);
    }

    /** A new article with the schema's keys, empty; untouched, it has nothing to lose (it is not dirty). */
    public static ArticleDocument untitled(Schema schema, SiteProfile profile) {
        return untitled(RawHeader.empty(schema), profile);
    }

    /** A new article starting from {@code text} (the site's template), not dirty until changed. */
    public static ArticleDocument untitled(String text, SiteProfile profile) {
        return new ArticleDocument(Article.of(null, text, false), text, profile);
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

    /** True when the text differs from what is on disk (for a new article: from how it started). */
    public boolean isDirty() {
        return savedText == null
                || disk.isMissing()
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

    /** Links of this document's own beside the schema's, and a body rule (see {@link DocumentLinks#useAdded}). */
    public void useAddedLinks(List<LinkRule> rules, BinaryOperator<Article> body) {
        links.useAdded(rules, body, article, profile);
        listeners.fire(Origin.LOAD);
    }

    /** The linked fields the last change updated, so a view can show their new values. */
    public Set<String> lastFollowed() {
        return lastFollowed;
    }

    /** Sets a front-matter value the writer typed (a linked field stops following); the header must parse. */
    public void setValue(String key, String value) throws SourceException {
        typed(key, editor().set(article, key, value));
    }

    /** Sets a key from a line of text the writer typed; a list key takes comma-separated items. */
    public void setText(String key, String text, boolean listField) throws SourceException {
        typed(key, editor().setText(article, key, text, listField));
    }

    /** Sets a list key to these items (one may hold a comma), keeping the list's layout, quoting and comments. */
    public void setList(String key, List<String> items) throws SourceException {
        typed(key, editor().setList(article, key, items));
    }

    private void typed(String key, Article edited) {
        Set<String> linksBefore = links.state().linkedKeys();
        links.state().unlink(key);
        apply(follow(links.followBody(article, edited), false, key), Origin.FORM, "Edit " + key, linksBefore);
    }

    /** Fills linked fields left empty while their source is set (one step to undo); returns which. */
    public Set<String> fillLinked() {
        Set<String> linksBefore = links.state().linkedKeys();
        apply(follow(article, false, null), Origin.FORM, "Fill Linked Fields", linksBefore);
        return lastFollowed;
    }

    /** Makes a derived field follow its source again, and gives it the derived value now. */
    public void relink(String key) {
        Set<String> linksBefore = links.state().linkedKeys();
        links.state().relink(key);
        Article followed = follow(article, false, key);
        if (followed == article) listeners.fire(Origin.FORM);
        else apply(followed, Origin.FORM, "Link " + key, linksBefore);
    }

    /** Removes a key; the fields that follow it follow its absence (one step to undo). */
    public void removeKey(String key) throws SourceException {
        Set<String> linksBefore = links.state().linkedKeys();
        apply(follow(editor().remove(article, key), false, null), Origin.FORM, "Remove " + key, linksBefore);
    }

    /** Replaces the body (everything after the front matter). */
    public void setBody(String body) {
        String text = article.text();
        int at = article.bodyOffset();
        if (text.length() - at == body.length() && text.startsWith(body, at)) return;
        Set<String> linksBefore = links.state().linkedKeys();
        apply(follow(article.withText(text.substring(0, at) + body), true, null), Origin.BODY, "Typing", linksBefore);
    }

    /** Replaces the raw YAML between the delimiters; it may not parse, and nothing is lost if it does not. */
    public void setHeader(String yaml) {
        Optional<String> newText = RawHeader.replaced(article, yaml);
        if (newText.isEmpty()) return;
        Article changed = article.withText(newText.get());
        Set<String> linksBefore = links.state().linkedKeys();
        links.infer(changed, profile);
        lastFollowed = Set.of();
        apply(changed, Origin.HEADER, "Raw YAML Edit", linksBefore);
    }

    /** Writes the article to its file, atomically. On failure the document stays dirty. */
    public void save() throws IOException {
        save(false);
    }

    /**
     * Saves under the file's guard (the one {@code masthead set} takes), checking again there that no
     * other program wrote the file since it was read or accepted here ({@link ChangedOnDiskException}
     * if one did: nothing is written). {@code overwriteReadOnly}: the writer agreed (it stays read-only).
     */
    public void save(boolean overwriteReadOnly) throws IOException {
        if (article.path() == null) throw new IllegalStateException("an untitled article needs Save As");
        byte[] bytes = article.toBytes();
        Path file = article.path();
        try (FileGuard guard = FileGuard.acquire(file)) {
            if (disk.changedSince(guard, file)) throw new ChangedOnDiskException(file);
            if (overwriteReadOnly) ArticleFiles.write(file, bytes, true);
            else writer.write(file, bytes);
        }
        markSaved(bytes);
        listeners.fire(Origin.SAVE);
    }

    /** Writes to a new path, which becomes the document's file; the profile is looked up again. */
    public void saveAs(Path file) throws IOException, SourceException {
        Article moved = article.withPath(file);
        if (article.path() == null) moved = moved.endingItsLastLine(); // a file of ours; others stay as they are
        byte[] bytes = moved.toBytes();
        writer.write(file, bytes);
        article = moved;
        markSaved(bytes);
        profile = ProfileLoader.forArticle(file);
        links.infer(article, profile);
        listeners.fire(Origin.SAVE);
    }

    private FrontMatterEditor editor() {
        return new FrontMatterEditor(new KeyPlacement(schema().keys()), schema().scalarTypes());
    }

    private void markSaved(byte[] bytes) {
        savedText = article.text();
        savedCharset = article.charset();
        disk.known(bytes);
    }

    /** {@code a} with its linked fields following their sources (see {@link DocumentLinks#follow}). */
    private Article follow(Article a, boolean bodyChanged, String edited) {
        DocumentLinks.Followed f = links.follow(a, profile, bodyChanged, editor(), edited);
        lastFollowed = f.keys();
        return f.article();
    }

    /** Makes a change the writer can undo; {@code name} says what it was ("Edit title"). */
    private void apply(Article changed, Origin origin, String name, Set<String> linksBefore) {
        if (changed == article) return;
        String before = article.text();
        article = changed;
        Set<String> linksAfter = links.state().linkedKeys();
        history.record(name, origin + ":" + name, before, changed.text(), linksBefore, linksAfter);
        listeners.fire(origin);
    }

    /** The article's one undo history, for every view (its names label Edit ▸ Undo and Redo). */
    public EditHistory history() {
        return history;
    }

    /** Undo and redo put a text and the links it had back. */
    private void travel(String text, Set<String> linked) {
        links.state().restoreLinked(linked);
        lastFollowed = Set.of();
        article = article.withText(text);
        listeners.fire(Origin.HISTORY);
    }
}
