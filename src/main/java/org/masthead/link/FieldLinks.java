package org.masthead.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which derived fields follow their source. Nothing is stored in the file: on open a field is
 * linked when it holds what its rule derives, or is present and empty. Typing into a linked
 * field unlinks it; relinking makes it follow again.
 */
public final class FieldLinks {
    private final Map<String, LinkRule> rules = new LinkedHashMap<>();
    private final Set<String> linked = new HashSet<>();

    public FieldLinks(List<LinkRule> rules) {
        for (LinkRule r : rules) this.rules.put(r.target(), r);
    }

    public Optional<LinkRule> rule(String target) {
        return Optional.ofNullable(rules.get(target));
    }

    public boolean isLinked(String target) {
        return linked.contains(target);
    }

    /**
     * Works out every link from the values as they are; {@code present} tells which keys the file
     * has. A field the file leaves out follows, like an empty one: editing its source writes it.
     */
    public void infer(LinkInputs in, Set<String> present) {
        linked.clear();
        for (LinkRule r : rules.values()) {
            String current = present.contains(r.target()) ? in.text(r.target()) : "";
            Optional<String> derived = r.derive(in);
            if (current.isEmpty() || derived.map(d -> same(d, current)).orElse(false)) linked.add(r.target());
        }
    }

    /** The fields that follow their rule now (undo keeps them with each step). */
    public Set<String> linkedKeys() {
        return Set.copyOf(linked);
    }

    /** Puts back the links as {@link #linkedKeys} gave them. */
    public void restoreLinked(Set<String> keys) {
        linked.clear();
        for (String k : keys) if (rules.containsKey(k)) linked.add(k);
    }

    /** The linked fields that follow {@code source} now, also through another (URL ← slug ← title). */
    public List<String> followers(String source) {
        List<String> out = new ArrayList<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(source));
        while (!todo.isEmpty()) {
            String s = todo.poll();
            for (LinkRule r : rules.values()) {
                if (linked.contains(r.target())
                        && r.sourceKeys().contains(s)
                        && !out.contains(r.target())
                        && !r.target().equals(source)) {
                    out.add(r.target());
                    todo.add(r.target());
                }
            }
        }
        return out;
    }

    /** The writer typed into the field: it stops following. */
    public void unlink(String target) {
        linked.remove(target);
    }

    /** The field follows its rule again (the caller applies {@link #updates}). */
    public void relink(String target) {
        if (rules.containsKey(target)) linked.add(target);
    }

    /**
     * The linked fields whose value differs from what their rule derives now, with the new values. A field that
     * follows another linked field reads that one's new value: the rules are applied again over what they gave
     * until nothing changes (a chain is as long as the rules at most; a loop stops there too).
     */
    public Map<String, String> updates(LinkInputs in) {
        Map<String, String> out = new LinkedHashMap<>();
        LinkInputs now = new LinkInputs() {
            @Override
            public String text(String key) {
                String v = out.get(key);
                return v != null ? v.strip() : in.text(key);
            }

            @Override
            public String firstParagraph() {
                return in.firstParagraph();
            }

            @Override
            public String baseUrl() {
                return in.baseUrl();
            }
        };
        for (int pass = 0; pass <= rules.size(); pass++) {
            boolean changed = false;
            for (LinkRule r : rules.values()) {
                if (!linked.contains(r.target())) continue;
                Optional<String> derived = r.derive(now);
                if (derived.isEmpty() || same(derived.get(), now.text(r.target()))) continue;
                out.put(r.target(), derived.get());
                changed = true;
            }
            if (!changed) break;
        }
        out.entrySet().removeIf(e -> same(e.getValue(), in.text(e.getKey())));
        return out;
    }

    /** Whether any linked field reads the body (so body edits need a look). */
    public boolean followsBody() {
        return rules.values().stream()
                .anyMatch(r -> r.kind() == LinkRule.Kind.FIRST_PARAGRAPH && linked.contains(r.target()));
    }

    /** Equal as a reader sees them: a folded YAML value may wrap where the source does not. */
    private static boolean same(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }
}
