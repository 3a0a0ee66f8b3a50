package org.masthead.real;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.masthead.article.Article;
import org.masthead.article.FrontMatterEditor;
import org.masthead.article.FrontMatterEntry;
import org.masthead.article.KeyPlacement;
import org.masthead.source.SourceException;
import org.masthead.yaml.YamlValue;

/**
 * Sets every scalar and list key of every Markdown file under a folder to a changed value and back,
 * and counts what an editor must never do: change bytes on a no-op save, touch another key's lines,
 * fail to give the original bytes back, write a header that does not parse, or throw.
 */
final class RealHeaders {
    static final List<String> COUNTERS = List.of(
            "files",
            "keys",
            "pairs",
            "refused",
            "noop changed bytes",
            "touched another key or line",
            "set back not identical",
            "re-parse failures",
            "exceptions");
    /** Set-backs that are not byte-identical after a change that needs quotes or a second line, counted apart:
     *  a value whose quotes its text forced tells nothing of the writer's taste (see README). */
    static final List<String> FORCED =
            List.of("set back not identical after quotes", "set back not identical after two lines");
    /** Changes tried on each key: a word, text that needs quotes, a second line. */
    private static final List<String> SUFFIXES = List.of("", ": with # marks", "\nand a second line");

    private static final int EXAMPLES = Integer.getInteger("real.examples", 8);

    private final FrontMatterEditor editor = new FrontMatterEditor(KeyPlacement.atEnd());
    final Map<String, Integer> counts = new LinkedHashMap<>();
    final Map<String, List<String>> examples = new LinkedHashMap<>();

    RealHeaders() {
        for (String c : COUNTERS) counts.put(c, 0);
        for (String c : FORCED) counts.put(c, 0);
    }

    void run(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        for (Path f : files) file(f);
    }

    private void file(Path f) throws IOException {
        Article a = Article.fromBytesAnyEncoding(f, Files.readAllBytes(f)).article();
        if (!a.hasFrontMatterBlock() || a.headerError().isPresent()) return;
        count("files", null);
        for (FrontMatterEntry e : a.frontMatter().orElseThrow().entries()) {
            if (e.alias() || e.value() instanceof YamlValue.Mapping) continue;
            if (e.value() instanceof YamlValue.Sequence seq
                    && !seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)) continue;
            count("keys", null);
            try {
                key(a, e);
            } catch (SourceException refused) {
                count("refused", f + ": " + e.key() + ": " + refused.reason());
            } catch (RuntimeException crash) {
                count("exceptions", f + ": " + e.key() + ": " + crash);
            }
        }
    }

    private void key(Article a, FrontMatterEntry e) throws SourceException {
        String where = a.path() + ": " + e.key();
        Article same = apply(a, e.key(), e.value());
        if (!same.text().equals(a.text())) count("noop changed bytes", where + "\n" + diff(a.text(), same.text()));
        for (int i = 0; i < SUFFIXES.size(); i++) {
            String setBack = i == 0 ? "set back not identical" : FORCED.get(i - 1);
            pair(a, e, changed(e.value(), SUFFIXES.get(i)), where, setBack);
        }
    }

    private void pair(Article a, FrontMatterEntry e, YamlValue changed, String where, String setBack)
            throws SourceException {
        Article b = apply(a, e.key(), changed);
        count("pairs", null);
        if (b.headerError().isPresent()) {
            count("re-parse failures", where + ": " + b.headerError().get().reason() + "\n" + diff(a.text(), b.text()));
            return;
        }
        if (touchedOthers(a, b, e)) count("touched another key or line", where + "\n" + diff(a.text(), b.text()));
        Article c = apply(b, e.key(), e.value());
        if (!c.text().equals(a.text())) count(setBack, where + "\n" + diff(a.text(), c.text()));
    }

    private Article apply(Article a, String key, YamlValue v) throws SourceException {
        if (v instanceof YamlValue.Sequence seq) return editor.setList(a, key, seq.texts());
        return editor.set(a, key, v.asText());
    }

    /** A different value of the same shape: text gets words added, a list an item. */
    static YamlValue changed(YamlValue v, String suffix) {
        if (v instanceof YamlValue.Sequence seq) {
            List<YamlValue> items = new ArrayList<>(seq.items());
            items.add(new YamlValue.Scalar("edited" + suffix, false));
            return new YamlValue.Sequence(items);
        }
        String t = v.asText();
        if (t.isEmpty()) return new YamlValue.Scalar("edited" + suffix, false);
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '\n') end--;
        return new YamlValue.Scalar(t.substring(0, end) + " edited" + suffix + t.substring(end), false);
    }

    /** True if anything outside the edited key's lines changed. */
    private static boolean touchedOthers(Article a, Article b, FrontMatterEntry e) {
        int base = a.span().orElseThrow().headerStart();
        String before = a.text(), after = b.text();
        int start = base + e.entryStart(), endFromTail = before.length() - (base + e.entryEnd());
        if (!after.startsWith(before.substring(0, start))) return true;
        if (!after.endsWith(before.substring(before.length() - endFromTail))) return true;
        var was = a.frontMatter().orElseThrow();
        var now = b.frontMatter().orElseThrow();
        if (!was.keys().equals(now.keys())) return true;
        for (FrontMatterEntry o : was.entries()) {
            if (!o.key().equals(e.key()) && !now.value(o.key()).orElseThrow().equals(o.value())) return true;
        }
        return false;
    }

    /** The first differing lines, for the report. */
    static String diff(String a, String b) {
        String[] x = a.split("\n", -1), y = b.split("\n", -1);
        int i = 0;
        while (i < x.length && i < y.length && x[i].equals(y[i])) i++;
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < Math.min(x.length, i + 4); k++)
            sb.append("    - ").append(x[k]).append('\n');
        for (int k = i; k < Math.min(y.length, i + 4); k++)
            sb.append("    + ").append(y[k]).append('\n');
        return sb.toString();
    }

    private void count(String counter, String example) {
        counts.merge(counter, 1, Integer::sum);
        if (example != null) {
            List<String> list = examples.computeIfAbsent(counter, k -> new ArrayList<>());
            if (list.size() < EXAMPLES) list.add(example);
        }
    }

    String report() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(String.format("%-30s %d%n", k, v)));
        examples.forEach((k, list) -> {
            sb.append("\n== ").append(k).append('\n');
            for (String ex : list) sb.append(ex).append('\n');
        });
        return sb.toString();
    }
}
