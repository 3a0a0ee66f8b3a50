package org.masthead.render;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
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

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private AutolinkNodePostProcessor links;
                private Node lastBlock;
                private boolean lastMay;

                @Override
                public void process(NodeTracker state, Node node) {
                    Node block = node.getParent();
                    while (block != null && !(block instanceof Block)) block = block.getParent();
                    if (block == null) block = node;
                    // Text nodes of one block come one after another: the block is read once.
                    if (block != lastBlock) {
                        lastBlock = block;
                        lastMay = mayHoldLinkIn(block);
                    }
                    if (!lastMay) return;
                    if (links == null) links = new AutolinkNodePostProcessor(document);
                    links.process(state, node);
                }
            };
        }
    }
}
