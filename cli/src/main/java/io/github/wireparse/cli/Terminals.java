package io.github.wireparse.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which of the standard streams are attached to a terminal. Decides the default output format and
 * whether to draw a progress bar; tests pass their own.
 *
 * @param stdin  whether standard input is a terminal
 * @param stdout whether standard output is a terminal
 * @param stderr whether standard error is a terminal (and can draw a progress bar)
 */
record Terminals(boolean stdin, boolean stdout, boolean stderr) {

    /** No stream is a terminal: the batch case, and what tests use. */
    static final Terminals NONE = new Terminals(false, false, false);

    /**
     * Looks at the process's own streams. On Linux each is a terminal when {@code /proc/self/fd/N}
     * links to a terminal device; elsewhere all three follow {@link System#console()}, which Java
     * 17 gives only when standard input and output are both terminals. {@code TERM=dumb} turns the
     * progress bar off.
     *
     * @return what was found
     */
    // System.console() is non-null on JDK 22+ even when redirected; isTerminal(), which says so,
    // needs JDK 22, and the build targets 17. Only the non-Linux fallback reads it.
    @SuppressWarnings("SystemConsoleNull")
    static Terminals detect() {
        boolean console = System.console() != null;
        boolean dumb = "dumb".equals(System.getenv("TERM"));
        return new Terminals(tty(0, console), tty(1, console), tty(2, console) && !dumb);
    }

    private static boolean tty(int fd, boolean fallback) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
                return fallback;
            }
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return fallback;
        }
    }
}
