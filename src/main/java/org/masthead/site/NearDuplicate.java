package org.masthead.site;

/**
 * A value that looks like another spelling of one the site uses more often.
 *
 * @param value      the value as written
 * @param count      the articles that use it (0 when none does yet)
 * @param usual      the site's usual spelling, the replacement to offer
 * @param usualCount the articles that use the usual spelling
 */
public record NearDuplicate(String value, int count, String usual, int usualCount, Kind kind) {

    /** How the two spellings differ. */
    public enum Kind {
        /** Letter case, or spaces, hyphens and underscores. */
        CASE_OR_SEPARATORS("written differently"),
        /** One is the other's English plural. */
        PLURAL("singular and plural"),
        /** One letter changed, added, dropped, or two swapped. */
        TYPO("one letter apart");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The tip as a writer reads it: {@code "Javascript": the site usually writes "JavaScript" (14 articles)}. */
    public String message() {
        return "\"" + value + "\": the site usually writes \"" + usual + "\" (" + usualCount
                + (usualCount == 1 ? " article" : " articles") + "; " + kind.words() + ")";
    }
}
