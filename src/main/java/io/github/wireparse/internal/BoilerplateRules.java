package io.github.wireparse.internal;

import io.github.wireparse.BoilerplateKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises boilerplate blocks: text that travels with a story without being part of it. Every
 * rule looks at one whole block, and only at blocks short enough to be boilerplate, so the cost is
 * bounded per block whatever the input.
 */
final class BoilerplateRules {

    /** Where a block stands in the story; some kinds are only believed in some places. */
    enum Position {
        /** Between the headline and the first paragraph. */
        LEADING,
        /** Among the body paragraphs. */
        BODY,
        /** In the run of blocks that ends the story. */
        TRAILING
    }

    /** Blocks longer than this are never boilerplate (captions excepted). */
    private static final int MAX_LENGTH = 600;
    private static final int MAX_CAPTION = 1500;

    private static final Pattern SEPARATOR = Pattern.compile("(?:_{3,}|-{3,}|={3,}|\\*{3,}|(?:\\* ?){3,}|#{3,})");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?:(?:Published|Updated|Posted|Last updated)\\b:?\\s.{0,80}"
            + "|\\d{1,2}:\\d{2}\\s?(?:AM|PM|a\\.m\\.|p\\.m\\.)\\s?[A-Z]{2,4},?\\s.{0,40}\\d{4}"
            // a bare time of day heading an entry of a running story ("9:15 a.m.", "8 p.m. EDT")
            + "|\\d{1,2}(?::\\d{2})?\\s?(?:AM|PM|a\\.m\\.|p\\.m\\.)(?:\\s?[A-Z]{2,4})?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "(?:ADVERTISEMENT|Advertisement|Sponsored(?: content)?|Story continues below advertisement|"
            + "Article continues below(?: this)? advertisement)");
    private static final Pattern NAVIGATION = Pattern.compile(
            "(?:The Latest|To Top|Back to top|Share|Share this article|Copy Link|Copy link|Print|Email|"
            + "Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Flipboard|Pinterest|Read More|Read more|"
            + "Related|Related Stories|Related stories|Related Coverage|Most Read|Most read|"
            + "Trending|Trending Now|Comments|Add AP News on Google|Add AP News as your preferred source on Google|"
            + "Recommended|Skip to main content|Menu|Search|Sign in|Log in|Subscribe|Listen|"
            + "Listen to this article|\\d+\\s+min read)");
    private static final Pattern PHOTO_CAPTION = Pattern.compile(
            "(?:FILE\\s*[-–—]|FILE PHOTO\\s*[-–—:]|In this (?:file )?photo|This (?:undated )?(?:photo|image)"
            + "|In this image).*"
            + "|.*\\((?:AP|Reuters|AFP|Yonhap|Xinhua|EPA|Getty Images|Pool|[A-Z][\\w.]* via AP) ?(?:Photo|Photo/Video|Video|Illustration|Graphic)?"
            + "[/ ][^()]{1,120}\\)\\s*"
            + "|.*\\((?:AP|Reuters|AFP) Photo(?:/[^()]{1,120})?\\)\\s*",
            Pattern.DOTALL);
    private static final Pattern CONTRIBUTOR = Pattern.compile(
            "(?:.*\\bcontributed(?: to)?(?: this)?(?: report| story| reporting| to this report)?\\.?"
            + "|Contributing to this report (?:were|was)\\b.*"
            + "|.*\\breported from\\b.{1,200}\\."
            + "|\\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled) by\\b.*)",
            Pattern.DOTALL);
    private static final Pattern CORRECTION = Pattern.compile(
            "(?:This (?:story|article|report|version) (?:has been|was) (?:corrected|updated|changed)\\b.*"
            + "|Corrects? .{1,200}|CORRECTION:?.*|Correction:.*)",
            Pattern.DOTALL);
    private static final Pattern EDITORS_NOTE = Pattern.compile(
            "(?:EDITOR['’]?S NOTE\\b.*|Editor['’]s [Nn]ote\\b.*|Eds?:.*|EDS?:.*)", Pattern.DOTALL);
    private static final Pattern COVERAGE = Pattern.compile(
            "(?:Follow AP['’]s\\b.*|AP['’]s .{0,80}coverage\\b.*|Find more of AP['’]s\\b.*"
            + "|More (?:on|from|AP coverage of) .{1,120}:.*|Read more (?:about|on) .*|See more .*coverage.*"
            + "|Follow (?:the )?(?:AP|Reuters|Associated Press) .*|Sign up for .*|Subscribe to .*"
            + "|For more news, visit .*|Get the latest .*|Watch:.*|WATCH:.*|RELATED:.*|Related:.*"
            + "|The Associated Press receives (?:support|financial support) .*"
            + "|(?:The )?(?:AP|Associated Press) is solely responsible for all content\\..*"
            + "|Find AP['’]s .*|Learn more about .*)",
            Pattern.DOTALL);
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:(?:Copyright|©|\\(c\\))\\s*(?:©\\s*)?(?:\\d{4}|The|AP|Reuters).{0,300}"
            + "|.{0,200}All [Rr]ights [Rr]eserved\\.?.{0,300}"
            + "|This material may not be published, broadcast, rewritten,? or redistributed.{0,200})",
            Pattern.DOTALL);

    private BoilerplateRules() {
    }

    /**
     * Classifies a block.
     *
     * @param block    the block's words, hard wraps joined
     * @param position where the block stands
     * @return the kind, or empty when the block is story text
     */
    static Optional<BoilerplateKind> classify(String block, Position position) {
        int n = block.length();
        if (n == 0) {
            return Optional.empty();
        }
        if (n <= MAX_CAPTION && PHOTO_CAPTION.matcher(block).matches() && looksLikeCaption(block)) {
            return Optional.of(BoilerplateKind.PHOTO_CAPTION);
        }
        if (n > MAX_LENGTH) {
            return Optional.empty();
        }
        if (SEPARATOR.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.SEPARATOR);
        }
        if (ADVERTISEMENT.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.ADVERTISEMENT);
        }
        if (NAVIGATION.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.PAGE_NAVIGATION);
        }
        if (n <= 160 && TIMESTAMP.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.TIMESTAMP);
        }
        if (position != Position.BODY && EDITORS_NOTE.matcher(block).matches()) {
            return Optional.of(BoilerplateKind.EDITORS_NOTE);
        }
        if (position == Position.TRAILING) {
            if (CORRECTION.matcher(block).matches()) {
                return Optional.of(BoilerplateKind.CORRECTION);
            }
            if (COPYRIGHT.matcher(block).matches()) {
                return Optional.of(BoilerplateKind.COPYRIGHT);
            }
            if (COVERAGE.matcher(block).matches()) {
                return Optional.of(BoilerplateKind.COVERAGE_PROMO);
            }
            if (CONTRIBUTOR.matcher(block).matches()) {
                return Optional.of(BoilerplateKind.CONTRIBUTOR_LINE);
            }
        }
        return Optional.empty();
    }

    /** A caption credits a photographer or starts like one; a quote-bearing sentence is not one. */
    private static boolean looksLikeCaption(String block) {
        return block.contains("Photo") || block.contains("photo") || block.startsWith("FILE")
                || block.contains("Image") || block.contains("image");
    }

    /** {@return whether the characters form a separator line such as {@code ___}} */
    static boolean isSeparator(String text, int start, int end) {
        if (end - start < 3 || end - start > 200) {
            return false;
        }
        return SEPARATOR.matcher(text).region(start, end).matches();
    }

    /** {@return whether the characters form a timestamp line} */
    static boolean isTimestamp(String text, int start, int end) {
        if (end - start > 160) {
            return false;
        }
        return TIMESTAMP.matcher(text).region(start, end).matches();
    }
}
