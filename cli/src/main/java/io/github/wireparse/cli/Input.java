package io.github.wireparse.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One input of a run: a file, or standard input.
 *
 * @param file  the file, or empty for standard input
 * @param id    the name the output uses: the path as named on the command line or as found under
 *              a named directory, or {@code -} for standard input
 * @param error why the input cannot even be tried (an unreadable directory), if so
 * @param skip  why the input is passed over without reading (a hidden file found in a folder),
 *              if so: the kind counted in the summary
 * @param named whether the command line named it, rather than a folder walk finding it
 */
record Input(Optional<Path> file, String id, Optional<String> error, Optional<String> skip, boolean named) {

    static Input stdin() {
        return new Input(Optional.empty(), "-", Optional.empty(), Optional.empty(), true);
    }

    /** {@return the input for a file the command line names} */
    static Input of(Path file) {
        return new Input(Optional.of(file), file.toString(), Optional.empty(), Optional.empty(), true);
    }

    /** {@return the input for a file found in a folder} */
    static Input found(Path file) {
        return new Input(Optional.of(file), file.toString(), Optional.empty(), Optional.empty(), false);
    }

    /** {@return an entry found in a folder and passed over unread, counted as {@code kind}} */
    static Input skipped(Path file, String kind) {
        return new Input(Optional.of(file), file.toString(), Optional.empty(), Optional.of(kind), false);
    }

    static Input failed(String id, String error) {
        return new Input(Optional.empty(), id, Optional.of(error), Optional.empty(), true);
    }

    /**
     * {@return the id of one story of this input in the output: the input's own id when it holds
     * one story, else the id followed by {@code #} and the story's number ({@code file#1},
     * {@code file#2}, …)}. Every story id of a run is made here.
     *
     * @param story   the story's number, from 1
     * @param stories how many stories the input holds
     */
    String storyId(int story, int stories) {
        return stories == 1 ? id : id + "#" + story;
    }

    /**
     * {@return where one story's result goes under {@code --output}, relative to that folder:
     * {@link #outputPath()} with {@code #N} added when the input holds several stories}
     *
     * @param story     the story's number, from 1
     * @param stories   how many stories the input holds
     * @param extension the output format's extension, such as {@code .json}
     */
    Path outputPath(int story, int stories, String extension) {
        Path p = outputPath();
        String name = p.getFileName().toString() + (stories == 1 ? "" : "#" + story) + extension;
        return p.getParent() == null ? Path.of(name) : p.getParent().resolve(name);
    }

    /**
     * {@return where this input's result goes under {@code --output}, relative to that folder:
     * the input's path with any root and leading {@code ..} dropped, or {@code stdin}}
     */
    Path outputPath() {
        if (file.isEmpty()) {
            return Path.of("stdin");
        }
        Path p = file.get().normalize();
        if (p.isAbsolute() && p.getRoot() != null) {
            p = p.getRoot().relativize(p);
        }
        int skip = 0;
        while (skip < p.getNameCount() - 1 && p.getName(skip).toString().equals("..")) {
            skip++;
        }
        p = p.subpath(skip, p.getNameCount());
        return p.toString().isEmpty() || p.toString().equals("..") ? Path.of("input") : p;
    }
}
