package org.masthead.profile;

/**
 * Who publishes the site's articles and who writes them, as the structured data and the social
 * tags name them: the {@code publisher} and {@code author} sections of the profile.
 *
 * @param articleType      the JSON-LD type: {@code BlogPosting} or {@code NewsArticle}
 * @param logo             the publisher's logo, a site path or an absolute URL, or empty
 * @param twitterSite      the site's X handle ({@code twitter:site}), or empty
 * @param authorName       the author when an article names none, or empty
 * @param authorUrl        a page about the author, or empty
 * @param twitterCreator   the author's X handle ({@code twitter:creator}), or empty
 * @param fediverseCreator the author's fediverse handle, {@code @name@server} ({@code fediverse:creator}), or empty
 */
public record Publishing(
        String articleType,
        String logo,
        String twitterSite,
        String authorName,
        String authorUrl,
        String twitterCreator,
        String fediverseCreator) {
    public static final String BLOG_POSTING = "BlogPosting";
    public static final String NEWS_ARTICLE = "NewsArticle";
    public static final Publishing NONE = new Publishing(BLOG_POSTING, "", "", "", "", "", "");

    public Publishing withPublisher(String type, String logo, String twitterSite) {
        return new Publishing(type, logo, twitterSite, authorName, authorUrl, twitterCreator, fediverseCreator);
    }

    public Publishing withAuthor(String name, String url, String twitter, String fediverse) {
        return new Publishing(articleType, logo, twitterSite, name, url, twitter, fediverse);
    }
}
