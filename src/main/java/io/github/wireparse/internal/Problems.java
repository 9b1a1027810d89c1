package io.github.wireparse.internal;

import io.github.wireparse.Problem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one parse, up to a limit; the ones past the limit are counted and
 * reported as one closing problem. Not thread-safe: one instance per parse.
 */
public final class Problems {

    private final String text;
    private final int max;
    private final List<Problem> list = new ArrayList<>();
    private @Nullable LineIndex index;
    private int dropped;
    private int firstDroppedOffset = -1;

    /**
     * Starts an empty collection.
     *
     * @param text the text the offsets refer to
     * @param max  how many problems to keep at most
     */
    public Problems(String text, int max) {
        this.text = text;
        this.max = max;
    }

    /**
     * Records a problem.
     *
     * @param message what is wrong
     * @param offset  where, as a UTF-16 offset into the text
     */
    public void add(String message, int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        if (list.size() >= max) {
            if (dropped++ == 0) {
                firstDroppedOffset = o;
            }
            return;
        }
        list.add(problem(message, o));
    }

    /**
     * Records a problem that is already positioned (an HTML page's markup error, at its line and
     * column in the page's source), keeping its position; one in the text past its end is moved
     * to the end.
     *
     * @param problem the problem
     */
    public void add(Problem problem) {
        int offset = problem.offset().orElse(0);
        if (list.size() >= max) {
            if (dropped++ == 0) {
                firstDroppedOffset = Math.max(0, Math.min(offset, text.length()));
            }
            return;
        }
        list.add(offset <= text.length() ? problem : problem(problem.message(), text.length()));
    }

    private Problem problem(String message, int offset) {
        if (index == null) {
            index = new LineIndex(text);
        }
        return Problem.inText(message, offset, index.line(offset), index.column(offset));
    }

    /**
     * {@return the problems recorded so far, with a closing one that counts those left out}
     */
    public List<Problem> toList() {
        if (dropped == 0) {
            return List.copyOf(list);
        }
        List<Problem> all = new ArrayList<>(list);
        all.add(problem(dropped + " more problems not recorded (limit " + max + ")", firstDroppedOffset));
        return List.copyOf(all);
    }
}
