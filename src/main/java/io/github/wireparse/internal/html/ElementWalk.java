package io.github.wireparse.internal.html;

import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Visits an element and the elements inside it in document order, as {@code Element.stream()}
 * gives them, by child index: no iterator, stream or per-node sibling lookup, and no recursion, so
 * deeply nested pages are safe.
 */
final class ElementWalk {

    private ElementWalk() {}

    /**
     * Visits {@code root} and then every element inside it, in document order, until the visitor
     * says stop.
     *
     * @param root    where to start
     * @param visitor called on each element; returns false to stop the walk
     * @return false when the visitor stopped the walk, true when it saw every element
     */
    static boolean each(Element root, Predicate<Element> visitor) {
        if (!visitor.test(root)) {
            return false;
        }
        Element[] parents = new Element[16];
        int[] next = new int[16];
        int depth = 0;
        parents[0] = root;
        while (depth >= 0) {
            Element parent = parents[depth];
            int i = next[depth];
            if (i >= parent.childNodeSize()) {
                parents[depth] = null;
                depth--;
                continue;
            }
            next[depth] = i + 1;
            Node child = parent.childNode(i);
            if (!(child instanceof Element el)) {
                continue;
            }
            if (!visitor.test(el)) {
                return false;
            }
            if (el.childNodeSize() > 0) {
                depth++;
                if (depth == parents.length) {
                    parents = java.util.Arrays.copyOf(parents, depth * 2);
                    next = java.util.Arrays.copyOf(next, depth * 2);
                }
                parents[depth] = el;
                next[depth] = 0;
            }
        }
        return true;
    }
}
