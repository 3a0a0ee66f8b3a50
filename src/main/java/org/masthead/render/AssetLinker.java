package org.masthead.render;

import java.nio.file.Path;

/** How a page refers to a local file: relative to an exported page, or however a preview loads it. */
@FunctionalInterface
public interface AssetLinker {
    String href(Path localFile);
}
