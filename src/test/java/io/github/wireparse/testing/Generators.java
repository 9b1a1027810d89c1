package io.github.wireparse.testing;

import io.github.wireparse.Agency;
import io.github.wireparse.BoilerplateKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Generators of test input: AP- and Reuters-style stories made of known parts, story-like and
 * HTML-like noise, and arbitrary strings. Every choice is made through {@link Choices}, so a seeded
 * random source and a fuzzer's bytes drive the same generators. The word lists come from the
 * libFuzzer dictionaries in {@code src/test/resources/io/github/wireparse/testing/}, which the
 * Jazzer targets use too.
 */
public final class Generators {

    private static final String DICTIONARIES = "/io/github/wireparse/testing/";

    /** Plain words that no boilerplate, byline or dateline rule keys on. */
    public static final List<String> WORDS = dictionary("words.dict");
    /** People: byline authors, speakers, contributors. */
    public static final List<String> NAMES = dictionary("names.dict");
    /** Dateline cities. */
    public static final List<String> CITIES = dictionary("cities.dict");
    /** What follows the city in a dateline; a shape naming Reuters is a Reuters dateline. */
    public static final List<String> DATELINE_SHAPES = dictionary("dateline-shapes.dict");
    /**
     * Pieces of story-like noise, with the lone surrogates the dictionary cannot hold (it is
     * UTF-8).
     */
    public static final List<String> TEXT_NOISE = concat(dictionary("text-noise.dict"), List.of("\uD800", "\uDC00"));
    /** Pieces of HTML-like noise. */
    public static final List<String> HTML_NOISE = dictionary("html-noise.dict");

    /** The column at which a wire-feed story's lines are wrapped. */
    private static final int WIRE_WIDTH = 64;

    private static final List<BoilerplateKind> TRAILER_KINDS =
            List.of(BoilerplateKind.SEPARATOR, BoilerplateKind.CONTRIBUTOR_LINE, BoilerplateKind.COPYRIGHT);

    private Generators() {}

    /**
     * A dateline, and the city and agency a parse should report for it.
     *
     * @param text the dateline as written
     * @param city its city
     * @param agency its agency
     */
    public record GenDateline(String text, String city, Agency agency) {}

    /**
     * One generated body paragraph.
     *
     * @param text the paragraph
     * @param quote what stands between its quotation marks, if it quotes someone
     */
    public record GenParagraph(String text, Optional<String> quote) {}

    /**
     * Boilerplate placed around the body.
     *
     * @param timestamp whether a timestamp stands under the headline
     * @param advertisement whether an advertisement marker follows the first paragraph (when
     *     there is a second)
     * @param trailer the kinds of the lines after the body, in order
     */
    public record GenBoilerplate(boolean timestamp, boolean advertisement, List<BoilerplateKind> trailer) {}

    /**
     * A generated story and what it was made of.
     *
     * @param text the story as a parser gets it
     * @param headline its headline
     * @param byline its byline, if it has one
     * @param dateline its dateline (opening the first paragraph)
     * @param paragraphs its body paragraphs, the first without the dateline
     * @param boilerplate the kinds of its boilerplate blocks, in order
     * @param wireFeed whether it is laid out as a wire feed (indented, hard-wrapped paragraphs)
     *     rather than scraped (blank lines between paragraphs)
     */
    public record Story(
            String text,
            String headline,
            Optional<String> byline,
            GenDateline dateline,
            List<GenParagraph> paragraphs,
            List<BoilerplateKind> boilerplate,
            boolean wireFeed) {}

    // ---------------------------------------------------------------------------------------------
    // Stories.

    /**
     * {@return a story: a headline of 3 to 10 words, a byline two times in five, a dateline, 1 to
     * 8 paragraphs, boilerplate around them, scraped or wire-feed layout, LF or CRLF line ends}
     *
     * @param c the choices
     */
    public static Story story(Choices c) {
        String headline = sentence(c, 3, 10, false);
        Optional<String> byline =
                c.chance(40) ? Optional.of("By " + c.oneOf(NAMES).toUpperCase(Locale.ROOT)) : Optional.empty();
        GenDateline dateline = dateline(c);
        List<GenParagraph> paragraphs = new ArrayList<>();
        for (int i = c.between(1, 8); i > 0; i--) {
            paragraphs.add(paragraph(c));
        }
        boolean timestamp = c.coin();
        boolean advertisement = c.coin();
        List<BoilerplateKind> trailer = new ArrayList<>();
        for (int i = c.between(0, 3); i > 0; i--) {
            trailer.add(c.oneOf(TRAILER_KINDS));
        }
        GenBoilerplate extra = new GenBoilerplate(timestamp, advertisement, List.copyOf(trailer));
        boolean wireFeed = c.coin();
        String eol = c.coin() ? "\r\n" : "\n";
        return render(headline, byline, dateline, List.copyOf(paragraphs), extra, wireFeed, eol);
    }

    /**
     * {@return a dateline: a city and an AP or Reuters shape, with or without a region}
     *
     * @param c the choices
     */
    public static GenDateline dateline(Choices c) {
        String city = c.oneOf(CITIES);
        String shape = c.oneOf(DATELINE_SHAPES);
        return new GenDateline(city + shape, city, shape.contains("Reuters") ? Agency.REUTERS : Agency.AP);
    }

    /**
     * {@return a paragraph of two to four sentences, and more while they are too short to fill a
     * wire-feed line, so that a wire-feed paragraph wraps over at least two lines (the block
     * splitter tells wire-feed paragraphs apart by their flush continuation lines); one in three
     * quotes a named person before the attribution and one in three after it}
     *
     * @param c the choices
     */
    public static GenParagraph paragraph(Choices c) {
        List<String> ss = new ArrayList<>();
        for (int i = c.between(2, 4); i > 0; i--) {
            ss.add(sentence(c, 6, 14, true));
        }
        while (String.join(" ", ss).length() <= WIRE_WIDTH) {
            ss.add(sentence(c, 6, 14, true));
        }
        String name = c.oneOf(NAMES);
        int shape = c.between(0, 2);
        if (shape == 0) {
            String q = ss.get(0).substring(0, ss.get(0).length() - 1);
            String rest = String.join(" ", ss.subList(1, ss.size()));
            return new GenParagraph("“" + q + ",” " + name + " said. " + rest, Optional.of(q + ","));
        }
        if (shape == 1) {
            String q = String.join(" ", ss.subList(1, ss.size()));
            return new GenParagraph(ss.get(0) + " " + name + " said: “" + q + "”", Optional.of(q));
        }
        return new GenParagraph(String.join(" ", ss), Optional.empty());
    }

    /**
     * {@return words from {@link #WORDS}, the first capitalised}
     *
     * @param c the choices
     * @param min the fewest words
     * @param max the most words
     * @param period whether the sentence ends with a period
     */
    public static String sentence(Choices c, int min, int max, boolean period) {
        List<String> ws = new ArrayList<>();
        for (int i = c.between(min, max); i > 0; i--) {
            ws.add(c.oneOf(WORDS));
        }
        String s = String.join(" ", ws);
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return period ? s + "." : s;
    }

    private static Story render(
            String headline,
            Optional<String> byline,
            GenDateline dateline,
            List<GenParagraph> paragraphs,
            GenBoilerplate extra,
            boolean wireFeed,
            String eol) {
        List<String> blocks = new ArrayList<>();
        List<BoilerplateKind> kinds = new ArrayList<>();
        blocks.add(headline);
        byline.ifPresent(blocks::add);
        if (extra.timestamp()) {
            blocks.add("Published 10:21 PM EST, November 7, 2022");
            kinds.add(BoilerplateKind.TIMESTAMP);
        }
        int top = blocks.size();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).text();
            blocks.add(i == 0 ? dateline.text() + " " + p : p);
            if (i == 0 && extra.advertisement() && paragraphs.size() > 1) {
                blocks.add("ADVERTISEMENT");
                kinds.add(BoilerplateKind.ADVERTISEMENT);
            }
        }
        kinds.addAll(extra.trailer());
        for (BoilerplateKind k : extra.trailer()) {
            blocks.add(
                    switch (k) {
                        case SEPARATOR -> "___";
                        case CONTRIBUTOR_LINE ->
                            "Associated Press writer " + NAMES.get(blocks.size() % NAMES.size())
                                    + " contributed to this report.";
                        default -> "Copyright 2026 The Associated Press. All rights reserved.";
                    });
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            String b = blocks.get(i);
            boolean body = i >= top;
            if (wireFeed && body) {
                // Wire feed: each paragraph opens indented, hard-wrapped lines continue flush.
                sb.append("   ").append(wrap(b, WIRE_WIDTH, eol)).append(eol);
            } else {
                sb.append(b).append(eol).append(eol);
            }
        }
        return new Story(sb.toString(), headline, byline, dateline, paragraphs, List.copyOf(kinds), wireFeed);
    }

    private static String wrap(String s, int width, String eol) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : s.split(" ")) {
            if (col > 0 && col + 1 + w.length() > width) {
                out.append(eol);
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Noise.

    /**
     * {@return up to 60 pieces strung together, each a piece of {@link #TEXT_NOISE}, a string of
     * up to 12 characters, or 1 to 8 capital letters}
     *
     * @param c the choices
     */
    public static String storyNoise(Choices c) {
        StringBuilder sb = new StringBuilder();
        for (int i = c.between(0, 60); i > 0; i--) {
            switch (c.between(0, 2)) {
                case 0 -> sb.append(c.oneOf(TEXT_NOISE));
                case 1 -> sb.append(string(c, 12));
                default -> {
                    for (int j = c.between(1, 8); j > 0; j--) {
                        sb.append((char) c.between('A', 'Z'));
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * {@return up to 60 pieces strung together, each a piece of {@link #HTML_NOISE} or a string
     * of up to 10 characters}
     *
     * @param c the choices
     */
    public static String htmlNoise(Choices c) {
        StringBuilder sb = new StringBuilder();
        for (int i = c.between(0, 60); i > 0; i--) {
            sb.append(c.coin() ? c.oneOf(HTML_NOISE) : string(c, 10));
        }
        return sb.toString();
    }

    /**
     * {@return a string of up to {@code maxLength} UTF-16 units: half printable ASCII, a tenth
     * control characters (line breaks, tab, NUL), a fifth from U+0080 to U+2FFF (accents, spaces,
     * dashes, quote marks) and a fifth any unit at all, lone surrogates and noncharacters
     * included}
     *
     * @param c the choices
     * @param maxLength the longest string
     */
    public static String string(Choices c, int maxLength) {
        char[] chars = new char[c.between(0, maxLength)];
        for (int i = 0; i < chars.length; i++) {
            int kind = c.between(0, 9);
            chars[i] = (char)
                    (kind < 5
                            ? c.between(0x20, 0x7E)
                            : kind == 5
                                    ? c.between(0, 0x1F)
                                    : kind < 8 ? c.between(0x80, 0x2FFF) : c.between(0, 0xFFFF));
        }
        return new String(chars);
    }

    // ---------------------------------------------------------------------------------------------
    // Dictionaries.

    /**
     * {@return the entries of a libFuzzer dictionary among the test resources, read with
     * libFuzzer's rules: one quoted entry a line after an optional name, {@code #} comments, only
     * printable ASCII between the quotes, {@code \\}, {@code \"} and {@code \xNN} escapes; the bytes
     * must be UTF-8}
     *
     * @param name the file's name in {@code io/github/wireparse/testing/}
     */
    static List<String> dictionary(String name) {
        byte[] file;
        try (InputStream in = Generators.class.getResourceAsStream(DICTIONARIES + name)) {
            if (in == null) {
                throw new IllegalStateException("no dictionary " + DICTIONARIES + name);
            }
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> entries = new ArrayList<>();
        String[] lines = new String(file, StandardCharsets.US_ASCII).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                entries.add(entry(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(name + ":" + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException(name + " has no entries");
        }
        return List.copyOf(entries);
    }

    /**
     * {@return one dictionary entry decoded, by libFuzzer's rules}
     *
     * @param line the line, stripped, neither empty nor a comment
     * @throws IllegalArgumentException when libFuzzer would reject the line or its bytes are not
     *     UTF-8
     */
    static String entry(String line) {
        int open = line.indexOf('"');
        if (!line.endsWith("\"") || open < 0 || open >= line.length() - 2) {
            throw new IllegalArgumentException("not a quoted, non-empty entry");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = open + 1; i < line.length() - 1; i++) {
            char ch = line.charAt(i);
            if (ch < 0x20 || ch > 0x7E) {
                throw new IllegalArgumentException("a byte outside printable ASCII; write it as \\xNN");
            }
            if (ch != '\\') {
                bytes.write(ch);
            } else if (i + 1 < line.length() - 1 && (line.charAt(i + 1) == '\\' || line.charAt(i + 1) == '"')) {
                bytes.write(line.charAt(++i));
            } else if (i + 3 < line.length() - 1
                    && line.charAt(i + 1) == 'x'
                    && Character.digit(line.charAt(i + 2), 16) >= 0
                    && Character.digit(line.charAt(i + 3), 16) >= 0) {
                bytes.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                throw new IllegalArgumentException("an escape libFuzzer does not know");
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8", e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
