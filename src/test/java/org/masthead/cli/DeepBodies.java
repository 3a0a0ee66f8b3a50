package org.masthead.cli;

/** Bodies nested far past what a Markdown parser's stack takes. */
final class DeepBodies {
    private DeepBodies() {}

    static String list(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.append("  ".repeat(i)).append("- item\n");
        return sb.toString();
    }
}
