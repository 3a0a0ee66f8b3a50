package org.masthead.render;

/** HTML escaping: every value that came from a file goes through here before it reaches a page. */
public final class Html {
    private Html() {}

    /** Escapes text content. */
    public static String text(String s) {
        return escape(s, false);
    }

    /** Escapes an attribute value (to be written between double quotes). */
    public static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\'' -> sb.append(attribute ? "&#39;" : "'");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
