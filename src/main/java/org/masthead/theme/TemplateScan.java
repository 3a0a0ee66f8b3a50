package org.masthead.theme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reads a Mustache template's tags before it is compiled, to place its mistakes exactly: the
 * compiler names only a line, and for a section never closed, the last one. Finds the sections
 * left open or closed wrongly, tags never closed, the partials named, and Masthead's own values
 * ({@code body}, {@code meta}, {@code stylesheets}) written with the escaping tag, which would show
 * their HTML as text. A template that changes its delimiters is left to the compiler from there.
 */
final class TemplateScan {
    /** The values that hold HTML and must be written unescaped. */
    static final Set<String> HTML_VALUES = Set.of("body", "meta", "stylesheets");

    /** A mistake at an offset of the text. */
    record Mistake(int offset, String message) {}

    /** A tag's name at an offset. */
    record Tag(int offset, String name) {}

    final List<Mistake> mistakes = new ArrayList<>();
    final List<Tag> partials = new ArrayList<>();
    final List<Tag> unescaped = new ArrayList<>();

    private TemplateScan() {}

    static TemplateScan of(String text) {
        TemplateScan s = new TemplateScan();
        s.scan(text);
        return s;
    }

    boolean writes(String name) {
        return unescaped.stream().anyMatch(t -> t.name().equals(name));
    }

    private void scan(String text) {
        Deque<Tag> open = new ArrayDeque<>();
        int i = 0;
        while ((i = text.indexOf("{{", i)) >= 0) {
            boolean triple = text.startsWith("{{{", i);
            String closer = triple ? "}}}" : "}}";
            int end = text.indexOf(closer, i + (triple ? 3 : 2));
            if (end < 0) {
                mistakes.add(new Mistake(i, "this tag is never closed with " + closer));
                return;
            }
            String inside = text.substring(i + (triple ? 3 : 2), end).strip();
            char kind = inside.isEmpty() ? ' ' : inside.charAt(0);
            String name = "#^/>&!=".indexOf(kind) >= 0 ? inside.substring(1).strip() : inside;
            if (triple) kind = '&';
            switch (kind) {
                case '#', '^' -> open.push(new Tag(i, name));
                case '/' -> {
                    if (open.isEmpty()) mistakes.add(new Mistake(i, "{{/" + name + "}} closes no open section"));
                    else if (!open.peek().name().equals(name)) {
                        mistakes.add(new Mistake(
                                i,
                                "{{/" + name + "}} closes the section '"
                                        + open.peek().name() + "', which needs {{/"
                                        + open.peek().name() + "}} first"));
                        return;
                    } else open.pop();
                }
                case '>' -> partials.add(new Tag(i, name));
                case '&' -> unescaped.add(new Tag(i, name));
                case '=' -> {
                    return;
                }
                case '!' -> {}
                default -> {
                    if (name.isEmpty()) mistakes.add(new Mistake(i, "an empty tag {{}}"));
                    else if (HTML_VALUES.contains(name))
                        mistakes.add(new Mistake(
                                i, "{{" + name + "}} would show the HTML as text: write {{{" + name + "}}}"));
                }
            }
            i = end + closer.length();
        }
        for (Tag t : open) mistakes.add(new Mistake(t.offset(), "the section '" + t.name() + "' is never closed"));
        long bodies = unescaped.stream().filter(t -> t.name().equals("body")).count();
        if (bodies > 1)
            mistakes.add(new Mistake(
                    unescaped.stream()
                            .filter(t -> t.name().equals("body"))
                            .toList()
                            .get(1)
                            .offset(),
                    "{{{body}}} is written twice; the page has one body"));
    }
}
