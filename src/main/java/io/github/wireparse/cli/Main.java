package io.github.wireparse.cli;

import io.github.wireparse.Article;
import io.github.wireparse.WireParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The command-line tool: prints a readable outline of each story file named on the command line.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the tool.
     *
     * @param args the files to outline
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: wireparse FILE...");
            return 2;
        }
        int status = 0;
        for (String a : args) {
            try {
                Article article = WireParser.create().parse(Path.of(a));
                out.print(Outline.of(article));
            } catch (IOException e) {
                err.println(a + ": " + e.getMessage());
                status = 1;
            }
        }
        return status;
    }
}
