package io.ttsql.engine;

import static io.ttsql.engine.testing.DebugLogBlocks.ALLOCATED;
import static io.ttsql.engine.testing.DebugLogBlocks.DEALLOCATED;
import static io.ttsql.engine.testing.DebugLogBlocks.SEPARATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.parse.PartBoundaries;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.ParseError;
import io.ttsql.engine.store.ServerStatsRow;
import io.ttsql.engine.store.Trace;
import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.samples.BundledSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log cut into parts that parse on two threads (as files over 8 MB are; here the threshold is
 * lowered) loads exactly as when parsed whole: every line number, in {@code parse_errors}, in a
 * reason that names a line, in events and {@code server_stats}, and in the strict-mode failure,
 * counts from the file's start, never from the start of a part.
 */
class SplitParseTest {
  private static final String NOT_DEBUG = "not part of a buffer debug block";

  @TempDir Path dir;

  @Test
  void aDebugLogParsedInPartsNumbersItsLinesFromTheFileStart() throws Exception {
    // 30 pairs of ALLOCATED (17 lines) and DEALLOCATED (13 lines) fill lines 1-900. The block at
    // 901 has an impossible time on its line 3 (903): its first three lines (901-903) are broken
    // there, its lines 904-916 are outside any block and its empty line 917 is fine. 10 more
    // pairs fill 918-1217 and a foreign line ends the log at 1218. The broken block lies about
    // three quarters into the file, after the first cut.
    List<String> log = new ArrayList<>();
    addPairs(log, 30);
    log.addAll(ALLOCATED.stream().map(l -> l.startsWith("Time: ") ? "Time: 25:61:99" : l).toList());
    addPairs(log, 10);
    log.add("garbage");
    Path file = QueryFixture.writeLog(dir, "buffers.log", log.toArray(String[]::new));
    assertCut(file, LogFormat.BUFFER_DEBUG);

    List<String> expectedErrors = new ArrayList<>();
    for (long line = 901; line <= 903; line++) {
      expectedErrors.add(line + " broken alloc block: expected a valid 'Time:' line at line 903");
    }
    for (long line = 904; line <= 916; line++) {
      expectedErrors.add(line + " " + NOT_DEBUG);
    }
    expectedErrors.add("1218 " + NOT_DEBUG);
    Trace whole = load(file, false);
    Trace split = load(file, true);
    assertEquals(expectedErrors, errorLinesAndReasons(split));
    assertEquals(describe(whole), describe(split));
    // The last event is the DEALLOCATED block of the 40th pair: 918 + 9 * 30 + 17.
    assertEquals(1205, split.events().line(split.events().count() - 1));
    // Strict mode names the separator, the first line listed, and the reason its line 903.
    String strict = file + ":901: broken alloc block: expected a valid 'Time:' line at line 903: " + SEPARATOR;
    assertEquals(strict, strictFailure(file, false));
    assertEquals(strict, strictFailure(file, true));
  }

  @Test
  void aBlockCutShortBeforeAPartSaysSoAsWhenParsedWhole() throws Exception {
    // 40 runs killed inside an allocation block, after its Address line (lines 1-5 of each: the
    // separator, the header, Time, Device, Address), each followed by the next run's separator,
    // then one whole block at 201-217. Every part starts at a separator, so a part that ends
    // inside a block ends where the next block begins: its lines are cut short by the next
    // separator, as in the whole file, not by the end of the file.
    List<String> log = new ArrayList<>();
    for (int run = 0; run < 40; run++) {
      log.addAll(ALLOCATED.subList(0, 5));
    }
    log.addAll(ALLOCATED);
    Path file = QueryFixture.writeLog(dir, "killed.log", log.toArray(String[]::new));
    assertCut(file, LogFormat.BUFFER_DEBUG);

    List<String> expectedErrors = new ArrayList<>();
    for (long line = 1; line <= 200; line++) {
      expectedErrors.add(line + " block cut short by the next separator");
    }
    for (boolean split : new boolean[] {false, true}) {
      Trace trace = load(file, split);
      assertEquals(expectedErrors, errorLinesAndReasons(trace), split ? "in parts" : "whole");
      assertEquals(201, trace.events().line(0));
    }
  }

  @Test
  void aServerLogParsedInPartsNumbersItsLinesFromTheFileStart() throws Exception {
    // Twelve copies of the server sample (317 lines each), in which a wrapped allocation, an
    // error, takes the place of the first statistics block's first L1 line, so that device 0's
    // section lacks it: each copy's parse errors, events and statistics rows sit 317 lines after
    // the previous copy's, and each copy's events (its server start among them) 56 seqs after.
    String sample = serverSample().replaceFirst("\n    L1: .*\n",
        "\n✓ [PID 1] Allocated 18446744073709549568 bytes of L1 on device 0 (buffer_id=0x0)\n");
    Path one = QueryFixture.writeText(dir, "one.log", sample);
    Path twelve = QueryFixture.writeText(dir, "twelve.log", sample.repeat(12));
    assertCut(twelve, LogFormat.SERVER);

    Trace sampleTrace = load(one, false);
    assertEquals(317, sampleTrace.sources().get(0).lines());
    assertEquals(56, sampleTrace.events().count());
    // Besides the sample's own two errors: device 0's lines 94-96 and 98, and the wrapped size at 97.
    String noL1 = "statistics for device 0 lack the L1 line";
    assertEquals(
        List.of("94 " + noL1, "95 " + noL1, "96 " + noL1,
            "97 size 18446744073709549568 is larger than ttsql's BIGINT (2^63-1)", "98 " + noL1),
        errorLinesAndReasons(sampleTrace).stream().filter(e -> e.matches("9[4-8] .*")).toList());
    assertEquals(7, sampleTrace.parseErrors().size());
    Trace split = load(twelve, true);
    assertEquals(shiftedCopies(describe(sampleTrace), 12), describe(split));
    assertEquals(describe(load(twelve, false)), describe(split));
  }

  @Test
  void aLogCutBeforeItsPartsAreReadLoadsTheLinesBeforeTheCut() throws Exception {
    // Twelve copies of the sample (317 lines each), opened at full size and then cut to its first
    // 1000 whole lines (a new run of the server rewriting it). The parts that start past the cut
    // read nothing: 1000 lines load, numbered from the start, and the bytes read are those kept.
    String sample = serverSample();
    Path twelve = QueryFixture.writeText(dir, "twelve.log", sample.repeat(12));
    String kept = String.join("\n", sample.repeat(12).lines().limit(1000).toList()) + "\n";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (LogSource.Opened opened = new LogSource(twelve.toString()).open()) {
      try (FileChannel channel = FileChannel.open(twelve, StandardOpenOption.WRITE)) {
        channel.truncate(kept.getBytes(StandardCharsets.UTF_8).length);
      }
      ParsedFile file = new FileParser(pool, 2, 0).parse(opened, LogFormat.SERVER, 0, (bytes, events) -> { });
      assertEquals(1000, Arrays.stream(file.partLines()).sum());
      assertEquals(kept.getBytes(StandardCharsets.UTF_8).length, file.bytes());
      assertTrue(opened.readError(file.bytes()).startsWith("the file shrank while it was read: only "));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLogRotatedWhileItLoadsIsReadFromTheFileOpened() throws Exception {
    // Twelve copies of the sample (317 lines each), opened, then rotated as logrotate does it
    // (renamed, and a new log begun under its name) before its parts are read: the parts read
    // the file that was opened, all 3804 lines of it, not the new file of 1 line by its name.
    String sample = serverSample();
    Path log = QueryFixture.writeText(dir, "debug.log", sample.repeat(12));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (LogSource.Opened opened = new LogSource(log.toString()).open()) {
      Files.move(log, dir.resolve("debug.log.1"));
      QueryFixture.writeText(dir, "debug.log", "🚀 Allocation Server started\n");
      ParsedFile file = new FileParser(pool, 2, 0).parse(opened, LogFormat.SERVER, 0, (bytes, events) -> { });
      assertTrue(file.parts().size() > 1, "the log is read in parts");
      assertEquals(12 * 317, Arrays.stream(file.partLines()).sum());
      assertEquals(sample.getBytes(StandardCharsets.UTF_8).length * 12L, file.bytes());
      assertEquals(null, opened.readError(file.bytes()));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkippedWholeOrSplit() throws Exception {
    // An editor's UTF-8 byte order mark before the first line: the first block of a debug log was
    // lost with it (a parse error), and a small log was not recognised at all. Each bundled
    // sample with one loads as without it, whole and in parts, and no byte is missing.
    for (String sample : List.of("debug.log", "tt_buffer_debug.log")) {
      byte[] text;
      try (InputStream in = BundledSamples.open(sample)) {
        text = in.readAllBytes();
      }
      Path plain = QueryFixture.writeText(dir, "plain-" + sample, new String(text, StandardCharsets.UTF_8));
      Path marked = QueryFixture.writeText(dir, "marked-" + sample, "\uFEFF" + new String(text, StandardCharsets.UTF_8));
      for (boolean split : new boolean[] {false, true}) {
        Trace trace = load(marked, split);
        assertEquals(describe(load(plain, false)), describe(trace), sample + (split ? " in parts" : " whole"));
        assertEquals(text.length + 3, trace.sources().get(0).bytes());
        assertEquals(null, trace.sources().get(0).readError());
      }
    }
  }

  /** The bundled server-log sample's text (317 lines). */
  private static String serverSample() throws IOException {
    try (InputStream in = BundledSamples.open("debug.log")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void addPairs(List<String> log, int pairs) {
    for (int i = 0; i < pairs; i++) {
      log.addAll(ALLOCATED);
      log.addAll(DEALLOCATED);
    }
  }

  /**
   * Checks that the four parts two threads ask for ({@link FileParser}) are at least two: otherwise
   * the test would prove nothing.
   */
  private static void assertCut(Path file, LogFormat format) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long[] cuts = PartBoundaries.find(channel, channel.size(), format, 4);
      assertTrue(cuts.length > 2, "the log is cut into parts");
    }
  }

  /** Loads {@code file} whole, or cut into parts parsed by two threads however small it is. */
  private static Trace load(Path file, boolean split) throws SQLException {
    return new TraceLoader(null, false, split ? 2 : 1, 0).load(List.of(new LogSource(file.toString())));
  }

  private static String strictFailure(Path file, boolean split) {
    TraceLoader strict = new TraceLoader(null, true, split ? 2 : 1, 0);
    return assertThrows(SQLException.class, () -> strict.load(List.of(new LogSource(file.toString())))).getMessage();
  }

  private static List<String> errorLinesAndReasons(Trace trace) {
    return trace.parseErrors().stream().map(e -> e.line() + " " + e.reason()).toList();
  }

  /** Every parse error, event and statistics row, one per line, each led by its kind, line and (for events and rows) seq. */
  private static List<Row> describe(Trace trace) {
    List<Row> rows = new ArrayList<>();
    for (ParseError e : trace.parseErrors()) {
      rows.add(new Row("error", e.line(), -1, e.reason() + ": " + e.text()));
    }
    EventColumns events = trace.events();
    for (int seq = 0; seq < events.count(); seq++) {
      rows.add(new Row("event", events.line(seq), seq, events.kind(seq).sqlName()));
    }
    for (ServerStatsRow s : trace.serverStats()) {
      rows.add(new Row("stats", s.line(), s.afterSeq() == null ? -1 : s.afterSeq(), s.stats().toString()));
    }
    return rows;
  }

  /** {@code copies} copies of one sample's rows, each 317 lines and 56 seqs after the one before. */
  private static List<Row> shiftedCopies(List<Row> sample, int copies) {
    List<Row> all = new ArrayList<>();
    for (String kind : List.of("error", "event", "stats")) {
      for (int copy = 0; copy < copies; copy++) {
        for (Row r : sample) {
          if (r.kind().equals(kind)) {
            all.add(new Row(kind, r.line() + 317L * copy, r.seq() < 0 ? r.seq() : r.seq() + 56L * copy, r.what()));
          }
        }
      }
    }
    return all;
  }

  /** One row of a trace's description; {@code seq} is -1 for none. */
  private record Row(String kind, long line, long seq, String what) {}
}
