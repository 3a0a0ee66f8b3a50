package org.masthead.render;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension, asked only about blocks that could hold a link. It looks for
 * links in every text node, and that was about a quarter of a parse; a URL needs a ":", an e-mail
 * address an "@" and a bare web address "www.", so a block (paragraph, heading, cell) whose text
 * nodes have none of them is passed over. The test is on the whole block because the extension
 * reads a text node together with the nodes beside it. What it finds is the extension's own, unchanged.
 */
final class QuickAutolink implements Parser.ParserExtension {
    private QuickAutolink() {}

    static QuickAutolink create() {
        return new QuickAutolink();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the autolink extension could find anything in {@code s}. */
    static boolean mayHoldLink(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '@') return true;
            if (c == '.' && i >= 3 && isW(s.charAt(i - 1)) && isW(s.charAt(i - 2)) && isW(s.charAt(i - 3))) return true;
        }
        return false;
    }

    /**
     * Whether any text of a block could hold a link: its text nodes, where the extension looks
     * (a link's destination is not one); an entity could stand for a ":" or an "@", so it counts.
     */
    static boolean mayHoldLinkIn(Node block) {
        for (Node d : block.getDescendants()) {
            if (d instanceof HtmlEntity) return true;
            if ((d instanceof Text || d instanceof TextBase) && mayHoldLink(d.getChars())) return true;
        }
        return block.getFirstChild() == null && mayHoldLink(block.getChars());
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /**
     * One walk over the document. As a node post-processor it made flexmark classify every node of
     * the document first, a fifth of a long body's parse; the Text nodes are gathered in document
     * order before any is changed, as that classification did, and one the extension took into a
     * link or removed is passed over.
     */
    private static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document doc) {
                    List<Text> texts = new ArrayList<>();
                    for (Node d : doc.getDescendants()) if (d instanceof Text t) texts.add(t);
                    AutolinkNodePostProcessor links = null;
                    Node lastBlock = null;
                    boolean lastMay = false;
                    for (Text node : texts) {
                        if (node.getParent() == null) continue;
                        Node block = node.getParent();
                        while (block != null && !(block instanceof Block)) block = block.getParent();
                        if (block == null) block = node;
                        // Text nodes of one block come one after another: the block is read once.
                        if (block != lastBlock) {
                            lastBlock = block;
                            lastMay = mayHoldLinkIn(block);
                        }
                        if (!lastMay) continue;
                        if (links == null) links = new AutolinkNodePostProcessor(doc);
                        links.process(NO_TRACKING, node);
                    }
                    return doc;
                }
            };
        }
    }

    /** Nothing after this post-processor reads flexmark's node classification. */
    private static final NodeTracker NO_TRACKING = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {}

        @Override
        public void nodeAddedWithChildren(Node node) {}

        @Override
        public void nodeAddedWithDescendants(Node node) {}

        @Override
        public void nodeRemoved(Node node) {}

        @Override
        public void nodeRemovedWithChildren(Node node) {}

        @Override
        public void nodeRemovedWithDescendants(Node node) {}
    };
}
