package io.github.wireparse.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns the command line's operands into inputs lazily: directories are walked depth first, one
 * directory listing at a time, so a run over 100,000 files holds only the names of the folders on
 * the current path, never the whole tree. Within a folder, entries are taken in name order so runs
 * are repeatable. Every regular file is taken (its content decides later whether it is news), or,
 * with a pattern, every file whose name matches it; hidden entries (names starting with a dot,
 * files or folders) and special files (sockets, pipes, devices) are passed on as skipped inputs,
 * so that the summary counts them and nothing blocks on a pipe. Files named on the command line
 * are always taken.
 */
final class InputWalker implements Iterator<Input> {

    private final Iterator<String> operands;
    /** The names to take from folders, or null for every file. */
    private final @Nullable PathMatcher names;

    private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
    private @Nullable Input next;

    /**
     * Makes a walker.
     *
     * @param operands the command line's operands: files, folders, {@code -}
     * @param names    the file names to take from folders, or null for every file
     */
    InputWalker(List<String> operands, @Nullable PathMatcher names) {
        this.operands = List.copyOf(operands).iterator();
        this.names = names;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input n = Objects.requireNonNull(next); // hasNext() set it
        next = null;
        return n;
    }

    private @Nullable Input advance() {
        while (true) {
            if (!folders.isEmpty()) {
                Iterator<Path> top = folders.peek();
                if (!top.hasNext()) {
                    folders.pop();
                    continue;
                }
                Path p = top.next();
                if (p.getFileName().toString().startsWith(".")) {
                    return Input.skipped(p, "hidden");
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Input failed = enter(p);
                    if (failed != null) {
                        return failed;
                    }
                } else if (names == null || names.matches(p.getFileName())) {
                    // A dangling link is taken, to be reported as missing.
                    return Files.exists(p) && !Files.isRegularFile(p) ? Input.skipped(p, "special") : Input.found(p);
                }
                continue;
            }
            if (!operands.hasNext()) {
                return null;
            }
            String operand = operands.next();
            if (operand.equals("-")) {
                return Input.stdin();
            }
            Path p;
            try {
                p = Path.of(operand);
            } catch (InvalidPathException e) {
                return Input.failed(operand, "invalid path: " + e.getReason());
            }
            if (Files.isDirectory(p)) {
                Input failed = enter(p);
                if (failed != null) {
                    return failed;
                }
                continue;
            }
            return Input.of(p);
        }
    }

    /** Lists a folder's entries in name order; returns an input naming the failure. */
    private @Nullable Input enter(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                entries.add(p);
            }
        } catch (IOException | RuntimeException e) {
            return Input.failed(folder.toString(), "cannot list folder: " + Reading.describe(e));
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        folders.push(entries.iterator());
        return null;
    }
}
