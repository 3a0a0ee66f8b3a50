package org.masthead.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vladsch.flexmark.util.ast.Document;
import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.article.FrontMatterEntry;
import org.masthead.profile.DatePattern;
import org.masthead.profile.FieldRole;
import org.masthead.profile.FieldSpec;
import org.masthead.profile.RoleValues;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.LocalAssets;
import org.masthead.render.MarkdownRenderer;
import org.masthead.source.LineIndex;
import org.masthead.source.Lines;

/** What every check reads, computed once per article, and where findings are collected. */
public final class CheckContext {
    private final Article article;
    private final SiteProfile profile;
    private final FrontMatter frontMatter;
    private final Schema schema;
    private final RoleValues values;
    private final List<Finding> findings = new ArrayList<>();
    private Document body;
    private LineIndex bodyLines;
    private Readability.Result readability;

    CheckContext(Article article, SiteProfile profile, FrontMatter frontMatter) {
        this.article = article;
        this.profile = profile;
        this.frontMatter = frontMatter;
        this.schema = profile.schemaFor(frontMatter.keys());
        this.values = new RoleValues(frontMatter, schema);
    }

    public Article article() {
        return article;
    }

    public SiteProfile profile() {
        return profile;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    public Schema schema() {
        return schema;
    }

    public RoleValues values() {
        return values;
    }

    public DatePattern datePattern() {
        return profile.datePattern(schema);
    }

    public String baseUrl() {
        return ArticleRenderer.effectiveBaseUrl(profile, values);
    }

    public LocalAssets assets() {
        return LocalAssets.forArticle(article, profile, baseUrl());
    }

    /** The body's Markdown tree, parsed once for all checks. */
    public Document body() {
        if (body == null) body = MarkdownRenderer.get().parse(article.body());
        return body;
    }

    public Optional<FieldSpec> field(FieldRole role) {
        return schema.fieldFor(role);
    }

    public String text(String key) {
        return frontMatter.text(key).strip();
    }

    /** Reports at a key's value; at the top of the file when the key is missing. */
    public void atKey(Severity severity, String key, String message) {
        Optional<FrontMatterEntry> e = frontMatter.entry(key);
        int line = e.map(FrontMatterEntry::valueLine).orElse(1);
        int col = e.map(FrontMatterEntry::valueColumn).orElse(1);
        findings.add(new Finding(severity, key, line, col, message));
    }

    /** The same, for a finding of a kind of its own ({@link Finding#rule()}). */
    public void atKey(String rule, Severity severity, String key, String message) {
        Optional<FrontMatterEntry> e = frontMatter.entry(key);
        int line = e.map(FrontMatterEntry::valueLine).orElse(1);
        int col = e.map(FrontMatterEntry::valueColumn).orElse(1);
        findings.add(new Finding(severity, key, line, col, message, rule));
    }

    /** Reports at a key's own line (for a key that should not be there, or is empty). */
    public void atKeyName(Severity severity, String key, String message) {
        Optional<FrontMatterEntry> e = frontMatter.entry(key);
        findings.add(new Finding(
                severity,
                key,
                e.map(FrontMatterEntry::keyLine).orElse(1),
                e.map(FrontMatterEntry::keyColumn).orElse(1),
                message));
    }

    /**
     * Reports at a char offset in the body. Its line comes from an index built once per check, so a
     * long body with many findings is not rescanned from the top for each one.
     */
    public void atBodyOffset(Severity severity, int offset, String message) {
        atBodyOffset(severity, offset, null, message);
    }

    /** The same, for a finding of a kind of its own ({@link Finding#rule()}). */
    public void atBodyOffset(Severity severity, int offset, String rule, String message) {
        atBodyRange(severity, offset, 0, rule, message);
    }

    /** The same, about {@code length} characters of the body from there (the editor selects them). */
    public void atBodyRange(Severity severity, int offset, int length, String rule, String message) {
        if (bodyLines == null) bodyLines = new LineIndex(article.body());
        findings.add(new Finding(
                severity,
                null,
                article.bodyStartLine() + bodyLines.lineOf(offset),
                Lines.columnOf(article.body(), offset),
                message,
                rule,
                length));
    }

    /** Reports at a line of the body (0-based line within the body). */
    public void atBodyLine(Severity severity, int bodyLine, int column, String message) {
        atBodyLine(severity, bodyLine, column, null, message);
    }

    public void atBodyLine(Severity severity, int bodyLine, int column, String rule, String message) {
        findings.add(new Finding(severity, null, article.bodyStartLine() + bodyLine, column, message, rule));
    }

    /** The body's readability, as the readability check measured it (null before it ran). */
    Readability.Result readability() {
        return readability;
    }

    void setReadability(Readability.Result r) {
        readability = r;
    }

    List<Finding> findings() {
        return findings;
    }
}
