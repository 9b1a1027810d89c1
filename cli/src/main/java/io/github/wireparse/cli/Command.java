package io.github.wireparse.cli;

import io.github.wireparse.ArticleNinjs;
import io.github.wireparse.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code wireparse} command: its options, and how they become a {@link Batch}. */
@CommandLine.Command(
        name = "wireparse",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        versionProvider = Command.Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Parses wire-service news stories (plain text or HTML) into headline, byline, "
                    + "dateline, paragraphs, quotes and boilerplate, and prints them as an "
                    + "outline, JSON, JSON Lines, IPTC ninjs or NITF XML.",
            "",
            "Operands are files, folders (walked recursively, in name order, taking every file, "
                    + "or those that match --glob) and - for standard input. With no operand, "
                    + "standard input is read unless it is a terminal.",
            "",
            "Files found in folders are read by their content, whatever their name: what is "
                    + "plainly not news (images, audio and video, PDF, archives, executables, "
                    + "fonts) is skipped by its first bytes, as are hidden files and folders, and "
                    + "counted in the summary. A file that cannot be read or parsed is reported "
                    + "on standard error and the run goes on.",
            "",
            "WARC web archives (.warc, .warc.gz, or folders holding them) give one result per "
                    + "HTML or text response record, identified as FILE#N (the record's number), "
                    + "JSON Lines by default, with the record's target URI, date and offset as "
                    + "\"warc\"; other records are skipped and counted."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input was parsed (or skipped as not news)",
            "1:some input could not be read or parsed, or output could not be written",
            "2:bad usage (unknown option, bad value, no input)"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  wireparse story.txt                    outline of one story",
            "  wireparse stories/ > stories.jsonl     one JSON object per story",
            "  wireparse -f nitf -o out/ stories/     one NITF file per story under out/",
            "  wireparse -f ninjs stories/            one ninjs 2.2 item per line",
            "  wireparse crawl.warc.gz > pages.jsonl  one JSON object per page of a web archive",
            ""
        })
final class Command implements Callable<Integer> {

    /** What --input-format takes. */
    enum InputChoice {
        /** Decide per input from its extension and content. */
        AUTO,
        /** Plain text. */
        TEXT,
        /** HTML. */
        HTML;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            description = {
                "Output format: ${COMPLETION-CANDIDATES}.",
                "Default: jsonl with --output, or when the run is a batch (a folder or several "
                        + "operands) and standard output is not a terminal; outline otherwise."
            })
    private @Nullable Format format;

    @Option(
            names = "--ninjs-version",
            paramLabel = "VERSION",
            defaultValue = "2.2",
            description = "The ninjs version --format ninjs writes: 2.2 (default) or 3.1.")
    private String ninjsVersion;

    @Option(
            names = {"-i", "--input-format"},
            paramLabel = "KIND",
            defaultValue = "auto",
            description = "Input kind: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: HTML "
                    + "for .htm/.html/.xhtml files or content starting with an HTML tag, else "
                    + "text).")
    private InputChoice inputFormat;

    @Option(
            names = {"-c", "--charset"},
            paramLabel = "CHARSET",
            description = "Charset of the inputs. Default: for text UTF-8 (UTF-16 after its byte "
                    + "order mark), and text that is not UTF-8 is read as Windows-1252 with a "
                    + "problem noted; for HTML the page's own (byte order mark, <meta charset>, "
                    + "else UTF-8). Text that does not decode in a charset given here is "
                    + "reported as failed, not guessed.")
    private @Nullable Charset charset;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "Write one file per input under DIR instead of standard output: the "
                    + "input's path (root and leading .. dropped) plus .json, .xml or .outline.")
    private @Nullable Path output;

    @Option(
            names = {"-j", "--jobs"},
            paramLabel = "N",
            description = "Parse N inputs at a time (default: the number of processors, here "
                    + "${sys:wireparse.processors}).")
    private @Nullable Integer jobs;

    @Option(
            names = "--include-text",
            description =
                    "Add each article's full text to JSON " + "output as \"text\" (the text all offsets refer to).")
    private boolean includeText;

    @Option(
            names = "--no-quotes",
            description = "Skip quote extraction (faster; no quotes or " + "sources in the output).")
    private boolean noQuotes;

    @Option(
            names = "--glob",
            paramLabel = "GLOB",
            description = "Take from folders only the files whose name matches GLOB, such as "
                    + "'*.{txt,xml}' (default: every file).")
    private @Nullable String glob;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Show a progress bar on standard error (default: when standard error "
                    + "is a terminal and the results go elsewhere: to a file, a pipe or --output).")
    private @Nullable Boolean progress;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar and no summary line; " + "errors are still reported.")
    private boolean quiet;

    @Parameters(
            paramLabel = "FILE|DIR|-",
            arity = "0..*",
            description = "Inputs: files, folders or - for standard input.")
    private List<String> operands = new ArrayList<>();

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final Terminals terminals;

    Command(InputStream stdin, PrintStream out, PrintStream err, Terminals terminals) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        this.terminals = terminals;
    }

    @Override
    public Integer call() {
        List<String> inputs = new ArrayList<>(operands);
        if (inputs.isEmpty()) {
            if (terminals.stdin()) {
                throw new ParameterException(
                        spec.commandLine(), "No input: name files or folders, or - for standard input");
            }
            inputs.add("-");
        }
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1 || n > 1024) {
            throw new ParameterException(spec.commandLine(), "--jobs must be between 1 and 1024, not " + n);
        }
        PathMatcher names = null;
        if (glob != null) {
            try {
                names = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), "Invalid --glob: " + e.getMessage());
            }
        }
        if (WarcRun.applies(inputs)) {
            return warc(inputs, n);
        }
        if (output != null) {
            if (Files.exists(output) && !Files.isDirectory(output)) {
                throw new ParameterException(spec.commandLine(), "--output " + output + " exists and is not a folder");
            }
            try {
                Files.createDirectories(output);
            } catch (IOException e) {
                throw new ParameterException(
                        spec.commandLine(), "Cannot create --output folder " + output + ": " + Reading.describe(e));
            }
        }
        ArticleNinjs.Version ninjs;
        try {
            ninjs = ArticleNinjs.Version.of(ninjsVersion);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid --ninjs-version: " + e.getMessage());
        }
        boolean batch = inputs.size() > 1 || inputs.stream().anyMatch(Command::isFolder);
        Format f = format != null
                ? format
                : output != null || (batch && !terminals.stdout()) ? Format.JSONL : Format.OUTLINE;
        // Drawn by default only where it cannot tangle with the results on the same screen.
        boolean bar =
                !quiet && (progress != null ? progress : terminals.stderr() && (output != null || !terminals.stdout()));
        Batch.Settings settings = new Batch.Settings(
                f,
                inputFormat == InputChoice.AUTO
                        ? Optional.empty()
                        : Optional.of(inputFormat == InputChoice.HTML ? InputFormat.HTML : InputFormat.TEXT),
                Optional.ofNullable(charset),
                Optional.ofNullable(output),
                n,
                includeText,
                !noQuotes,
                batch,
                bar,
                batch && !quiet,
                ninjs);
        return new Batch(settings, stdin, out, err, terminals.stdout())
                .run(new InputWalker(inputs, names), new InputWalker(inputs, names));
    }

    /** A run over WARC files: JSON Lines by default, progress by bytes. */
    private int warc(List<String> inputs, int jobs) {
        if (output != null) {
            throw new ParameterException(
                    spec.commandLine(), "--output is not supported with WARC input: results go to standard output");
        }
        boolean bar = !quiet && (progress != null ? progress : terminals.stderr() && !terminals.stdout());
        return new WarcRun(
                        new WarcRun.Settings(
                                format != null ? format : Format.JSONL, jobs, includeText, !noQuotes, bar, !quiet),
                        out,
                        err)
                .run(inputs);
    }

    private static boolean isFolder(String operand) {
        try {
            return !operand.equals("-") && Files.isDirectory(Path.of(operand));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Reads the version Maven wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties p = new Properties();
            try (InputStream in = Command.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {
                "wireparse " + p.getProperty("version", "(unknown version)"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
            };
        }
    }
}
