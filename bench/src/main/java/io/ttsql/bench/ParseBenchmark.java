package io.ttsql.bench;

import io.ttsql.engine.parse.LineSplitter;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.TracePart;
import io.ttsql.samples.GeneratorConfig;
import io.ttsql.samples.LogGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One thread parsing a generated log held in memory, beside a plain newline count over the same
 * bytes (what {@code wc -l} does): the parser's cost per byte, with the baseline in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  @Param({"server", "buffer_debug"})
  public String format;

  private byte[] log;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    ByteArrayOutputStream server = new ByteArrayOutputStream();
    ByteArrayOutputStream debug = new ByteArrayOutputStream();
    LogGenerator.generate(GeneratorConfig.of(7, 400_000), server, debug);
    log = (format.equals("server") ? server : debug).toByteArray();
  }

  /** The baseline: count the newlines, as {@code wc -l} does. */
  @Benchmark
  public long countNewlines() {
    long lines = 0;
    for (byte b : log) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /** Parse the whole log into a trace part, as one thread of a load does. */
  @Benchmark
  public int parse() throws IOException {
    TracePart part = new TracePart();
    LogFormat logFormat = format.equals("server") ? LogFormat.SERVER : LogFormat.BUFFER_DEBUG;
    new LineSplitter(logFormat.newParser(part), read -> { }).run(new ByteArrayInputStream(log));
    return part.eventCount();
  }
}
