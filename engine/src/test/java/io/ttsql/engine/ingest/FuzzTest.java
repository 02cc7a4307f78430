package io.ttsql.engine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.ttsql.engine.LogSource;
import io.ttsql.engine.TraceLoader;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.engine.store.Trace;
import io.ttsql.samples.BundledSamples;
import io.ttsql.samples.GeneratorConfig;
import io.ttsql.samples.LogGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random damage to real logs: loading never throws, every untouched event still loads at its
 * new line with its values, and every file's lines are accounted for. {@code -Dttsql.fuzz.rounds=N}
 * runs longer than the default.
 */
class FuzzTest {
  private static final int ROUNDS = Integer.getInteger("ttsql.fuzz.rounds", 40);

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"debug.log", "tt_buffer_debug.log"})
  void damagedSamplesKeepEveryUntouchedEvent(String sample) throws Exception {
    byte[] log;
    try (InputStream in = BundledSamples.open(sample)) {
      log = in.readAllBytes();
    }
    fuzz(log, sample.startsWith("tt_buffer"), 20_251_125L);
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 77})
  void damagedGeneratedLogsKeepEveryUntouchedEvent(long seed) throws Exception {
    ByteArrayOutputStream server = new ByteArrayOutputStream();
    ByteArrayOutputStream debug = new ByteArrayOutputStream();
    LogGenerator.generate(GeneratorConfig.of(seed, 1500).withProcesses(3).withStatsEvery(300).withExitEvery(400),
        server, debug);
    fuzz(server.toByteArray(), false, seed);
    fuzz(debug.toByteArray(), true, seed);
  }

  @Test
  void truncationAtEveryByteOfASmallLog() throws Exception {
    byte[] server;
    byte[] debug;
    try (InputStream s = BundledSamples.open("debug.log"); InputStream d = BundledSamples.open("tt_buffer_debug.log")) {
      server = Arrays.copyOf(s.readAllBytes(), 3000);
      debug = Arrays.copyOf(d.readAllBytes(), 3000);
    }
    for (byte[] log : List.of(server, debug)) {
      Trace whole = load(cutAtLastNewline(log));
      for (int cut = 0; cut <= log.length; cut++) {
        Trace part = load(Arrays.copyOf(log, cut));
        // Every event that starts and ends before the cut is there, unchanged, on the same line.
        EventColumns all = whole.events();
        for (int seq = 0; seq < part.events().count() - 1; seq++) {
          assertEquals(all.line(seq), part.events().line(seq), "cut at byte " + cut);
          assertEquals(all.kind(seq), part.events().kind(seq), "cut at byte " + cut);
        }
      }
    }
  }

  private void fuzz(byte[] log, boolean blocks, long seed) throws Exception {
    List<byte[]> units = LogUnits.of(log, blocks);
    Trace original = load(log);
    Map<Long, Integer> eventAtLine = eventsByLine(original.events());
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int round = 0; round < ROUNDS; round++) {
      long roundSeed = seeds.nextLong();
      Mutator.Mutated damaged = new Mutator(roundSeed).mutate(units, 0.2);
      Trace trace = load(damaged.bytes());
      Map<Long, Integer> damagedEventAtLine = eventsByLine(trace.events());
      long originalLine = 1;
      for (int u = 0; u < units.size(); u++) {
        int lines = LogUnits.lineCount(units.get(u));
        if (damaged.untouchedFirstLine()[u] > 0) {
          for (int offset = 0; offset < lines; offset++) {
            Integer expected = eventAtLine.get(originalLine + offset);
            if (expected != null) {
              long newLine = damaged.untouchedFirstLine()[u] + offset;
              Integer actual = damagedEventAtLine.get(newLine);
              if (actual == null || !sameEvent(original.events(), expected, trace.events(), actual)) {
                fail("seed " + roundSeed + ": the event of untouched line " + (originalLine + offset)
                    + " was not found at line " + newLine);
              }
            }
          }
        }
        originalLine += lines;
      }
    }
  }

  /** Loads {@code bytes} as one file; the loader checks the line accounting of every file it reads. */
  private Trace load(byte[] bytes) throws IOException, java.sql.SQLException {
    Path file = Files.write(dir.resolve("fuzzed.log"), bytes);
    Trace trace = new TraceLoader(null, false).load(List.of(new LogSource(file.toString())));
    SourceInfo info = trace.sources().get(0);
    assertEquals(info.lines(), info.eventLines() + info.otherLines() + info.errorLines());
    return trace;
  }

  private static Map<Long, Integer> eventsByLine(EventColumns events) {
    Map<Long, Integer> byLine = new HashMap<>();
    for (int seq = 0; seq < events.count(); seq++) {
      byLine.put(events.line(seq), seq);
    }
    return byLine;
  }

  private static boolean sameEvent(EventColumns a, int i, EventColumns b, int j) {
    return a.kind(i) == b.kind(j)
        && a.address().boxed(i) == null == (b.address().boxed(j) == null)
        && a.address().get(i) == b.address().get(j)
        && a.size().get(i) == b.size().get(j)
        && a.device().get(i) == b.device().get(j)
        && a.pid().get(i) == b.pid().get(j)
        && a.stackId().isNull(i) == b.stackId().isNull(j);
  }

  private static byte[] cutAtLastNewline(byte[] log) {
    int end = log.length;
    while (end > 0 && log[end - 1] != '\n') {
      end--;
    }
    return Arrays.copyOf(log, end);
  }
}
