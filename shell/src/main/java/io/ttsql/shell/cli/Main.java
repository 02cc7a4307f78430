package io.ttsql.shell.cli;

import io.ttsql.engine.NearestName;
import io.ttsql.engine.Ttsql;
import io.ttsql.shell.output.VisibleText;
import io.ttsql.shell.session.OutOfMemory;
import java.io.File;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code ttsql} command: picks the subcommand, runs it, and turns every failure into one line
 * on stderr and an exit status; Java stack traces only with {@code --debug}.
 */
public final class Main {
  /** The stack of the thread that runs ttsql; only what a statement's recursion uses is ever committed. */
  private static final long STACK_BYTES = 256L << 20;
  private final List<Subcommand> subcommands;

  Main(List<Subcommand> subcommands) {
    this.subcommands = List.copyOf(subcommands);
  }

  /** The subcommands of {@code ttsql}; the first is the default. */
  static Main standard() {
    return new Main(List.of(new SqlSubcommand(), new QueriesSubcommand(), new RunSubcommand(), new DiffSubcommand(),
        new ExportSubcommand(), new FlamegraphSubcommand(), PageSubcommand.timeline(), PageSubcommand.report()));
  }

  /**
   * Runs ttsql on a thread with a stack of {@link #STACK_BYTES}: Calcite parses, validates and
   * plans by recursion as deep as a statement is nested, and a script's 600-term OR overflows the
   * default stack of the main thread.
   */
  public static void main(String[] argv) throws InterruptedException {
    int[] status = {ExitCode.SQL_ERROR};
    Thread ttsql = new Thread(null, () -> status[0] = standard().run(argv, Console.system()), "ttsql", STACK_BYTES);
    ttsql.start();
    ttsql.join();
    System.out.flush();
    System.exit(status[0]);
  }

  /** Runs {@code argv} against {@code console}; returns the exit status. */
  public int run(String[] argv, Console console) {
    boolean debug = List.of(argv).contains("--debug");
    try {
      Set<String> names = subcommands.stream().map(Subcommand::name).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
      CliArgs args = CliArgs.parse(argv, names);
      if (args.has(CliOption.VERSION)) {
        console.out().println("ttsql " + Ttsql.VERSION);
        return checkWritten(console, ExitCode.OK);
      }
      Subcommand subcommand = named(args.subcommand().orElse(""));
      if (subcommand.name().isEmpty()) {
        checkNotAMistypedSubcommand(args.positionals(), names);
      }
      if (args.has(CliOption.HELP)) {
        printHelp(console.out(), subcommand.name().isEmpty() ? subcommands : List.of(subcommand));
        return checkWritten(console, ExitCode.OK);
      }
      args.allowOnly(subcommand.options(), subcommand.name().isEmpty() ? "the shell" : subcommand.name());
      return checkWritten(console, subcommand.run(args, console));
    } catch (CliFailure e) {
      console.err().println("ttsql: " + VisibleText.of(e.getMessage()));
      if (debug && e.getCause() != null) {
        e.getCause().printStackTrace(console.err());
      } else if (e.usageHint()) {
        console.err().println("(ttsql --help shows the usage)");
      }
      return e.exitCode();
    } catch (RuntimeException e) {
      console.err().println("ttsql: internal error: " + VisibleText.of(e.toString()) + (debug ? "" : " (--debug shows where)"));
      if (debug) {
        e.printStackTrace(console.err());
      }
      return ExitCode.SQL_ERROR;
    } catch (OutOfMemoryError e) {
      // Logs too large for the heap, or a large binary file given by mistake (a parse error per line).
      console.err().println("ttsql: " + OutOfMemory.reason());
      if (debug) {
        e.printStackTrace(console.err());
      }
      return ExitCode.SQL_ERROR;
    }
  }

  /**
   * {@code status}, or 2 with a message when stdout could not be written (a full disk, a closed
   * pipe or stdout): a script must not take a lost result for an empty one.
   */
  private static int checkWritten(Console console, int status) throws CliFailure {
    if (console.out().checkError()) {
      throw CliFailure.input("cannot write standard output");
    }
    return status;
  }

  /**
   * Fails for a first log that is no file but a subcommand's name mistyped ({@code ttsql quries}),
   * which would otherwise be reported as a log that cannot be read.
   */
  private static void checkNotAMistypedSubcommand(List<String> positionals, Set<String> names) throws CliFailure {
    if (positionals.isEmpty() || new File(positionals.get(0)).exists()) {
      return;
    }
    String word = positionals.get(0);
    Optional<String> meant = NearestName.of(word, names);
    if (meant.isPresent()) {
      throw CliFailure.usage(word + " is no subcommand, nor a log file (did you mean ttsql " + meant.get() + "?)");
    }
  }

  private Subcommand named(String name) {
    Optional<Subcommand> found = subcommands.stream().filter(s -> s.name().equals(name)).findFirst();
    return found.orElseThrow();
  }

  /**
   * The usage of {@code shown}: every command's for {@code ttsql --help}, with every option; one
   * subcommand's for {@code ttsql run --help}, with the options it takes.
   */
  private void printHelp(PrintStream out, List<Subcommand> shown) {
    out.println("ttsql " + Ttsql.VERSION + ": SQL over TT-Metal buffer-allocation logs");
    out.println();
    out.println("Usage:");
    for (Subcommand s : shown) {
      for (String line : s.usage().split("\n")) {
        out.println("  ttsql " + line);
      }
    }
    out.println();
    out.println("Options:");
    for (CliOption option : CliOption.values()) {
      if (shown.size() > 1 || shown.get(0).options().contains(option) || option == CliOption.HELP
          || option == CliOption.DEBUG) {
        out.printf(Locale.ROOT, "  %-26s %s%n", option.synopsis(), option.help());
      }
    }
    out.println();
    out.println("A LOG is an allocation server log (debug.log) or a buffer debug log (tt_buffer_debug.log),");
    out.println("gzip or zstd compressed or not, or - for standard input; NAME=LOG loads it as schema NAME.");
    out.println("With no LOG, the bundled sample is used.");
    out.println("Exit status: 0 ok, 1 SQL error, 2 bad usage or unreadable input, 3 rows found (--fail-if-rows)");
    out.println("or leaked bytes grew (--fail-if-worse).");
  }
}
