package io.github.wireparse.internal.feed;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads untrusted XML into an {@link XNode} tree with the JDK's StAX parser, safely: no DTD is
 * processed (so no entity of an internal subset is ever expanded: a billion-laughs file stops at
 * its first entity reference), no external entity or DTD is resolved or fetched (an XXE file reads
 * no file), and the tree is bounded in depth and size. A parse error ends the reading: what was
 * read so far is kept and the error is reported with its line and column in the source.
 */
final class XmlTree {

    /** Elements nested deeper than this are not kept. */
    private static final int MAX_DEPTH = 200;
    /** At most this many elements are kept. */
    private static final int MAX_ELEMENTS = 500_000;

    private XmlTree() {}

    /**
     * The tree and what went wrong.
     *
     * @param root     the root element, if one was read
     * @param problems what went wrong, each naming its line and column in the source
     */
    record Result(Optional<XNode> root, List<String> problems) {}

    /**
     * One configured factory per thread: making and configuring one costs more than reading a
     * small document, and the StAX API does not promise that a factory may be shared by threads.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XmlTree::newFactory);

    private static XMLInputFactory newFactory() {
        // The JDK's own implementation, not one found on the class path.
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity " + systemId + " is not read");
        });
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Belt and braces: the JDK's own limits, tighter than their defaults.
        trySet(f, "jdk.xml.entityExpansionLimit", "1000");
        trySet(f, "jdk.xml.maxGeneralEntitySizeLimit", "100000");
        trySet(f, "jdk.xml.totalEntitySizeLimit", "1000000");
        return f;
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // Not supported by this implementation: the DTD switch above already covers it.
        }
    }

    /**
     * Reads a document.
     *
     * @param xml the document's text
     * @return the tree and the problems
     */
    static Result read(String xml) {
        List<String> problems = new ArrayList<>();
        Deque<XNode> stack = new ArrayDeque<>();
        XNode root = null;
        int elements = 0;
        int skippedDepth = 0;
        XMLStreamReader r = null;
        try {
            r = FACTORY.get().createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (skippedDepth > 0 || stack.size() >= MAX_DEPTH || elements >= MAX_ELEMENTS) {
                            if (skippedDepth == 0) {
                                problems.add(problemAt(
                                        r.getLocation(),
                                        stack.size() >= MAX_DEPTH
                                                ? "XML nested deeper than " + MAX_DEPTH
                                                        + " elements; the deeper part is left out"
                                                : "XML with more than " + MAX_ELEMENTS
                                                        + " elements; the rest is left out"));
                            }
                            skippedDepth++;
                            continue;
                        }
                        elements++;
                        XNode n = new XNode(r.getLocalName(), r.getLocation().getCharacterOffset());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String local = r.getAttributeLocalName(i);
                            String prefix = r.getAttributePrefix(i);
                            String key = prefix == null || prefix.isEmpty() || prefix.equals("xml")
                                    ? local
                                    : prefix + ":" + local;
                            n.attrs.put(key, r.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            if (root == null) {
                                root = n;
                            }
                        } else {
                            stack.peek().children.add(n);
                        }
                        stack.push(n);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (skippedDepth > 0) {
                            skippedDepth--;
                        } else if (!stack.isEmpty()) {
                            stack.pop();
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (skippedDepth == 0 && !stack.isEmpty()) {
                            stack.peek().children.add(r.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        problems.add(
                                problemAt(r.getLocation(), "XML entity &" + r.getLocalName() + "; is not expanded"));
                    default -> {
                        // comments, processing instructions, the DTD: not read
                    }
                }
            }
        } catch (XMLStreamException e) {
            String m = clean(e.getMessage());
            if (m.contains("referenced, but not declared")) {
                m += " (entities a DTD declares are never expanded or fetched: the document is untrusted)";
            }
            problems.add(problemAt(
                    e.getLocation(),
                    "malformed XML: " + m + (root != null ? "; the document is read up to there" : "")));
        } catch (RuntimeException e) {
            problems.add("malformed XML: " + clean(String.valueOf(e.getMessage())));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing to release
                }
            }
        }
        return new Result(Optional.ofNullable(root), problems);
    }

    private static String problemAt(Location at, String message) {
        if (at == null || at.getLineNumber() < 1) {
            return message;
        }
        return message + " (at line " + at.getLineNumber() + ", column " + Math.max(1, at.getColumnNumber())
                + " of the source)";
    }

    /** The JDK prefixes its messages with the position; keep the message's last line. */
    private static String clean(@Nullable String m) {
        if (m == null) {
            return "unknown error";
        }
        String s = m.strip();
        int nl = s.lastIndexOf('\n');
        if (nl >= 0) {
            s = s.substring(nl + 1).strip();
        }
        if (s.startsWith("Message: ")) {
            s = s.substring("Message: ".length());
        }
        return s;
    }
}
