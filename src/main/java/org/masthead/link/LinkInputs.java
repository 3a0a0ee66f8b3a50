package org.masthead.link;

/** What link rules read: front-matter values (trimmed, empty when absent), the body's first paragraph, the base URL. */
public interface LinkInputs {
    String text(String key);

    String firstParagraph();

    String baseUrl();
}
