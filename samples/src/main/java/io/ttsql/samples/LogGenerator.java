package io.ttsql.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Generates large, realistic logs from a seed: a server log, a debug log, or both logs of one
 * simulated run, and reports what it wrote. Run it with {@code --help} for the command line.
 */
public final class LogGenerator {
  private static final int GZIP_BUFFER = 1 << 16;

  private LogGenerator() {}

  /**
   * Simulates the run {@code config} describes and writes its logs to the streams given (null for
   * a log not wanted), flushing but not closing them.
   *
   * @return the truth about each log written
   */
  public static GeneratedRun generate(GeneratorConfig config, OutputStream serverLog, OutputStream debugLog)
      throws IOException {
    List<LogSink> sinks = new ArrayList<>();
    ServerLogWriter server = serverLog == null ? null : new ServerLogWriter(serverLog);
    DebugLogWriter debug = debugLog == null ? null : new DebugLogWriter(debugLog, config.seed());
    if (server != null) {
      sinks.add(server);
    }
    if (debug != null) {
      sinks.add(debug);
    }
    Simulation simulation = new Simulation(config, sinks);
    simulation.run();
    return new GeneratedRun(config,
        server == null ? null : simulation.serverTruth(server.lines()),
        debug == null ? null : simulation.debugTruth(debug.lines()));
  }

  /** As {@link #generate(GeneratorConfig, OutputStream, OutputStream)}, to files (null for none); {@code .gz} compresses. */
  public static GeneratedRun generate(GeneratorConfig config, Path serverLog, Path debugLog) throws IOException {
    try (OutputStream server = create(serverLog); OutputStream debug = create(debugLog)) {
      return generate(config, server, debug);
    }
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line; returns the exit code (0 done, 1 failed, 2 bad usage). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    if (List.of(args).contains("--help")) {
      out.print(GeneratorArgs.USAGE);
      return 0;
    }
    GeneratorArgs parsed;
    try {
      parsed = GeneratorArgs.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("LogGenerator: " + e.getMessage() + " (--help prints the usage)");
      return 2;
    }
    try {
      if (parsed.summary() != null) {
        checkWritable(parsed.summary());
      }
      GeneratedRun run = generate(parsed.config(), parsed.serverLog(), parsed.debugLog());
      if (parsed.summary() == null) {
        out.print(run.summary());
      } else {
        Files.writeString(parsed.summary(), run.summary(), StandardCharsets.UTF_8);
      }
      return 0;
    } catch (IOException e) {
      err.println("LogGenerator: cannot write " + e.getMessage());
      return 1;
    }
  }

  /**
   * Fails unless {@code path} could be written, without creating it: the summary is written only
   * once the logs are complete, so that a summary beside a log means the log is whole.
   */
  private static void checkWritable(Path path) throws IOException {
    Path folder = path.toAbsolutePath().getParent();
    if (Files.isDirectory(path) || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
      throw new IOException(path.toString());
    }
  }

  private static OutputStream create(Path path) throws IOException {
    if (path == null) {
      return null;
    }
    OutputStream file = Files.newOutputStream(path);
    return path.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, GZIP_BUFFER) : file;
  }
}
