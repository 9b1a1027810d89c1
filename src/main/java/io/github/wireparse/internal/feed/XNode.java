package io.github.wireparse.internal.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small read-only XML tree built from StAX events: element local names, attributes by local
 * name, children (elements and text) in order. Enough to read a feed item's metadata by path and to
 * hand a body's markup to the HTML path.
 */
final class XNode {

    final String name;
    final Map<String, String> attrs = new LinkedHashMap<>();
    final List<Object> children = new ArrayList<>();
    /** Where the element starts in the source, in characters, or -1 when not known. */
    final int offset;

    XNode(String name, int offset) {
        this.name = name;
        this.offset = offset;
    }

    /** {@return the first child element with a local name, if any} */
    Optional<XNode> child(String local) {
        for (Object c : children) {
            if (c instanceof XNode n && n.name.equals(local)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** {@return the child elements with a local name} */
    List<XNode> children(String local) {
        List<XNode> out = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof XNode n && n.name.equals(local)) {
                out.add(n);
            }
        }
        return out;
    }

    /** {@return the element at a path of local names below this one, if any} */
    Optional<XNode> path(String... names) {
        XNode n = this;
        for (String s : names) {
            Optional<XNode> c = n.child(s);
            if (c.isEmpty()) {
                return Optional.empty();
            }
            n = c.get();
        }
        return Optional.of(n);
    }

    /** {@return every element below this one with a local name, in document order} */
    List<XNode> descendants(String local) {
        List<XNode> out = new ArrayList<>();
        collect(local, out);
        return out;
    }

    private void collect(String local, List<XNode> out) {
        for (Object c : children) {
            if (c instanceof XNode n) {
                if (n.name.equals(local)) {
                    out.add(n);
                }
                n.collect(local, out);
            }
        }
    }

    /** {@return an attribute's value, if present and not blank} */
    Optional<String> attr(String local) {
        String v = attrs.get(local);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** {@return the text of this element and all below it, white space collapsed} */
    String text() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return collapse(sb);
    }

    /** {@return the text of this element's own text children only, white space collapsed} */
    String ownText() {
        StringBuilder sb = new StringBuilder();
        for (Object c : children) {
            if (c instanceof String s) {
                sb.append(s);
            }
        }
        return collapse(sb);
    }

    /** {@return the raw text of this element and all below it, line structure kept} */
    String rawText() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }

    private void appendText(StringBuilder sb) {
        for (Object c : children) {
            if (c instanceof String s) {
                sb.append(s);
            } else {
                ((XNode) c).appendText(sb);
            }
        }
    }

    /** {@return the children serialised as markup, for the HTML path} */
    String innerMarkup() {
        StringBuilder sb = new StringBuilder();
        for (Object c : children) {
            if (c instanceof String s) {
                escape(s, sb, false);
            } else {
                ((XNode) c).markup(sb);
            }
        }
        return sb.toString();
    }

    private void markup(StringBuilder sb) {
        sb.append('<').append(name);
        for (Map.Entry<String, String> a : attrs.entrySet()) {
            sb.append(' ').append(a.getKey()).append("=\"");
            escape(a.getValue(), sb, true);
            sb.append('"');
        }
        sb.append('>');
        for (Object c : children) {
            if (c instanceof String s) {
                escape(s, sb, false);
            } else {
                ((XNode) c).markup(sb);
            }
        }
        sb.append("</").append(name).append('>');
    }

    private static void escape(String s, StringBuilder sb, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                default -> sb.append(c);
            }
        }
    }

    static String collapse(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
