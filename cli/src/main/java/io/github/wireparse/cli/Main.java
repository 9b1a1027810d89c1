package io.github.wireparse.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code wireparse} command-line tool: parses story files, feed files, folders, WARC archives
 * or standard input and prints an outline, JSON, JSON Lines, ninjs or NITF. Run it with
 * {@code --help} for the options; {@code docs/cli.md} is the full reference.
 *
 * <p>It needs the library, picocli, Jackson and jwarc on the class path: all are bundled in the
 * executable {@code cli/target/wireparse-cli-VERSION.jar}.
 */
public final class Main {

    private Main() {}

    /**
     * Runs the tool and exits with its status: 0 when every input was parsed (or skipped as not
     * news), 1 when some could not be read or parsed, 2 for bad usage.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, Terminals.detect()));
    }

    /**
     * Runs the tool without exiting.
     *
     * @return the exit status
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Terminals terminals) {
        // Shown in --help as the default of --jobs.
        System.setProperty(
                "wireparse.processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        CommandLine cl = new CommandLine(new Command(in, out, err, terminals));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }
}
