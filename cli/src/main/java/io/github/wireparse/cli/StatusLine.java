package io.github.wireparse.cli;

import java.io.PrintStream;

/**
 * One line on standard error that is redrawn in place with a carriage return: what the progress
 * bars ({@link Progress}, {@link WarcRun}'s) draw on. A shorter line blanks what a longer one left.
 */
final class StatusLine {

    private final PrintStream err;
    private int lastLength;

    StatusLine(PrintStream err) {
        this.err = err;
    }

    /** Draws {@code line}, which starts with a carriage return, over the last one. */
    void draw(StringBuilder line) {
        int length = line.length();
        if (length < lastLength) {
            line.append(" ".repeat(lastLength - length));
        }
        lastLength = length;
        err.print(line);
        err.flush();
    }

    /** Erases the line, if one is drawn. */
    void clear() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
            lastLength = 0;
        }
    }
}
