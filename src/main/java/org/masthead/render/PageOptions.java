package org.masthead.render;

/**
 * How one page is made.
 *
 * @param safe         escape raw HTML (previews and cards); script links are dead links either way
 * @param remoteImages let images load from the network (exported pages); previews stay offline
 * @param assets       how local images are referred to
 * @param extraHead    HTML added to {@code <head>} (the exporter's meta tags)
 * @param chunked      wrap each top-level block of the body in its own element, so a live preview
 *                     can replace only the blocks that changed
 * @param incremental  with {@code chunked}, re-renders only the blocks around an edit; may be null
 */
public record PageOptions(
        boolean safe,
        boolean remoteImages,
        AssetLinker assets,
        String extraHead,
        boolean chunked,
        IncrementalChunks incremental) {

    /** A page for the preview: nothing runs, nothing is fetched. */
    public static PageOptions preview(AssetLinker assets) {
        return new PageOptions(true, false, assets, "", true, null);
    }

    /** A preview page for a window that renders the same article again and again. */
    public static PageOptions preview(AssetLinker assets, IncrementalChunks incremental) {
        return new PageOptions(true, false, assets, "", true, incremental);
    }

    /** A page as published: the writer's HTML kept but for script URLs and page takeovers, remote images allowed. */
    public static PageOptions publish(AssetLinker assets, String extraHead) {
        return new PageOptions(false, true, assets, extraHead, false, null);
    }
}
