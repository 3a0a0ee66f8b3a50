package org.masthead.article;

import org.masthead.source.LineIndex;
import org.masthead.source.Lines;

/**
 * Positions in a header's text: SnakeYAML marks count code points, Masthead counts chars, and a
 * writer reads lines and columns in the file. Lines go through an index, so a header of many
 * thousand keys is not rescanned for each one.
 */
final class HeaderPositions {
    private final String header;
    private final int firstLine;
    private final int[] charOfCodePoint;
    private final LineIndex lines;

    /** @param firstLine the file line on which the header starts */
    HeaderPositions(String header, int firstLine) {
        this.header = header;
        this.firstLine = firstLine;
        this.charOfCodePoint = codePointMap(header);
        this.lines = new LineIndex(header);
    }

    /** 1-based line in the file of a char offset. */
    int line(int offset) {
        return lines.lineOf(offset) + firstLine;
    }

    /** 1-based column, in code points, of a char offset. */
    int column(int offset) {
        return Lines.columnOf(header, offset);
    }

    /** The char offset of a SnakeYAML code-point index. */
    int offset(int codePointIndex) {
        if (charOfCodePoint == null) return Math.min(codePointIndex, header.length());
        return codePointIndex >= charOfCodePoint.length ? header.length() : charOfCodePoint[codePointIndex];
    }

    /** SnakeYAML marks count code points; map them to char indexes (null when they are the same). */
    private static int[] codePointMap(String s) {
        int cps = s.codePointCount(0, s.length());
        if (cps == s.length()) return null;
        int[] map = new int[cps + 1];
        int i = 0;
        for (int cp = 0; cp < cps; cp++) {
            map[cp] = i;
            i = s.offsetByCodePoints(i, 1);
        }
        map[cps] = s.length();
        return map;
    }
}
