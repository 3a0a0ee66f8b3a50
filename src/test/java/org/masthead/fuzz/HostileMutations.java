package org.masthead.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Mutations for the classes of hostile input the hardening work fixed: recursive and ordinary
 * aliases, bodies nested past the parser's stack, headers of thousands of keys, and the Unicode
 * line breaks YAML counts but editors do not. Each is inserted at a random place of a real sample.
 */
final class HostileMutations {
    static final String[] KINDS = {"aliases", "deep-nesting", "many-keys", "unicode-breaks"};

    private HostileMutations() {}

    static byte[] apply(String kind, byte[] in, Random r) {
        String s = new String(in, StandardCharsets.UTF_8);
        String out =
                switch (kind) {
                    case "aliases" -> intoHeader(s, aliases(r), r);
                    case "deep-nesting" -> intoBody(s, deep(r), r);
                    case "many-keys" -> intoHeader(s, manyKeys(r), r);
                    default -> unicodeBreaks(s, r);
                };
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static String aliases(Random r) {
        String[] forms = {
            "a%1$d: &a%1$d [*a%1$d]\n",
            "m%1$d: &m%1$d {self: *m%1$d}\n",
            "l%1$d: &l%1$d\n  - x\n  - *l%1$d\n",
            "d%1$d: &d%1$d {in: {deeper: [*d%1$d]}}\n",
            "ok%1$d: &ok%1$d [one, two]\nuse%1$d: *ok%1$d\n",
            "k%1$d: &k%1$d v\n*k%1$d : w\n",
            "base%1$d: &b%1$d {x: 1}\nmerged%1$d: {<<: *b%1$d, y: 2}\n",
            "dangling%1$d: *nowhere%1$d\n",
            "anch%1$d: &an%1$d \"text\"\n"
        };
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) sb.append(String.format(forms[r.nextInt(forms.length)], r.nextInt(1000)));
        return sb.toString();
    }

    private static String deep(Random r) {
        int depth = 30 + r.nextInt(r.nextBoolean() ? 100 : 4000);
        return switch (r.nextInt(5)) {
            case 0 -> ">".repeat(depth) + " deep\n";
            case 1 -> "> ".repeat(depth) + "deep\n";
            case 2 -> "- > ".repeat(depth / 2) + "x\n";
            case 3 -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < Math.min(depth, 1500); i++)
                    sb.append("  ".repeat(i)).append("- item\n");
                yield sb.toString();
            }
            default -> "* ".repeat(depth) + "x\n";
        };
    }

    private static String manyKeys(Random r) {
        int n = 500 + r.nextInt(r.nextInt(10) == 0 ? 20_000 : 3_000);
        StringBuilder sb = new StringBuilder(n * 12);
        int base = r.nextInt(1_000_000);
        for (int i = 0; i < n; i++)
            sb.append("key").append(base + i).append(": v").append(i).append('\n');
        return sb.toString();
    }

    private static String unicodeBreaks(String s, Random r) {
        String[] odd = {"\u2028", "\u2029", "\u0085"};
        StringBuilder sb = new StringBuilder(s);
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) sb.insert(r.nextInt(sb.length() + 1), odd[r.nextInt(odd.length)]);
        return sb.toString();
    }

    /** After a random line of the header (or at the top when the text has none). */
    private static String intoHeader(String s, String lines, Random r) {
        if (!s.startsWith("---")) return "---\n" + lines + "---\n" + s;
        int close = s.indexOf("\n---", 3);
        int end = close < 0 ? s.length() : close + 1;
        int at = lineStartNear(s, 4 + r.nextInt(Math.max(1, end - 4)), end);
        return s.substring(0, at) + lines + s.substring(at);
    }

    private static String intoBody(String s, String block, Random r) {
        int close = s.startsWith("---") ? s.indexOf("\n---", 3) : -1;
        int from = close < 0 ? 0 : Math.min(s.length(), close + 4);
        int at = lineStartNear(s, from + r.nextInt(Math.max(1, s.length() - from)), s.length());
        return s.substring(0, at) + "\n" + block + "\n" + s.substring(at);
    }

    private static int lineStartNear(String s, int pos, int limit) {
        int p = Math.min(pos, limit);
        while (p > 0 && s.charAt(p - 1) != '\n') p--;
        return p;
    }
}
