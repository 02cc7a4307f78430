package io.ttsql.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's command line: flags, outputs, summary and exit codes. */
class LogGeneratorTest {
  private static final String DUMP = "📋 Received DUMP_REMAINING request...";

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return LogGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesBothLogsAndTheSummary() throws Exception {
    Path server = dir.resolve("debug.log");
    Path debug = dir.resolve("tt_buffer_debug.log");
    Path summary = dir.resolve("summary.txt");
    assertEquals(0, run("--format", "both", "--events", "500", "--seed", "9", "--out", server.toString(),
        debug.toString(), "--summary", summary.toString()));
    List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
    assertEquals("# ttsql LogGenerator seed=9 events=500 processes=4 stats-every=10000 exit-every=20000 decimal-ids=0.0",
        lines.get(0));
    assertTrue(lines.contains("server.lines=" + Files.readAllLines(server, StandardCharsets.UTF_8).size()), lines::toString);
    assertTrue(lines.contains("debug.lines=" + Files.readAllLines(debug, StandardCharsets.UTF_8).size()), lines::toString);
    assertTrue(Files.readString(server, StandardCharsets.UTF_8).endsWith("🛑 Allocation Server stopped\n"));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheSummaryWithoutSummaryFlag() {
    assertEquals(0, run("--format", "debug", "--events", "100", "--out", dir.resolve("d.log").toString()));
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("\ndebug.events.alloc="), summary);
    assertTrue(!summary.contains("server."), summary);
  }

  @Test
  void compressesGzNames() throws Exception {
    Path plain = dir.resolve("debug.log");
    Path gzipped = dir.resolve("debug.log.gz");
    assertEquals(0, run("--format", "server", "--events", "300", "--out", plain.toString()));
    assertEquals(0, run("--format", "server", "--events", "300", "--out", gzipped.toString()));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
      assertArrayEquals(Files.readAllBytes(plain), in.readAllBytes());
    }
  }

  @Test
  void fixLeaksFreesTheLeakedBuffersBeforeTheEndAndChangesNothingElse() throws Exception {
    // No process dies (--exit-every is far beyond the run), so every leaked buffer is still held at
    // the end; the fixed run writes the same bytes up to the dump, then one free per leaked buffer.
    Path[] before = {dir.resolve("before.log"), dir.resolve("before_debug.log")};
    Path[] after = {dir.resolve("after.log"), dir.resolve("after_debug.log")};
    String[] common = {"--events", "4000", "--seed", "5", "--exit-every", "100000000"};
    assertEquals(0, run(concat(common, "--out", before[0].toString(), before[1].toString())));
    assertEquals(0, run(concat(common, "--fix-leaks", "--out", after[0].toString(), after[1].toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(" exit-every=100000000 decimal-ids=0.0 fix-leaks\n"));

    String server = Files.readString(before[0], StandardCharsets.UTF_8);
    String fixed = Files.readString(after[0], StandardCharsets.UTF_8);
    int dump = server.indexOf(DUMP);
    assertTrue(fixed.startsWith(server.substring(0, dump)));
    List<String> added = fixed.substring(dump, fixed.indexOf(DUMP)).lines().toList();
    assertTrue(!added.isEmpty() && added.stream().allMatch(l -> l.startsWith("✗ [PID ") && l.endsWith(" bytes, FINAL)")),
        added::toString);

    String debug = Files.readString(before[1], StandardCharsets.UTF_8);
    String debugFixed = Files.readString(after[1], StandardCharsets.UTF_8);
    assertTrue(debugFixed.startsWith(debug));
    String addedBlocks = debugFixed.substring(debug.length());
    assertEquals(added.size(), addedBlocks.split("BUFFER DEALLOCATED\n", -1).length - 1);
    assertEquals(added.size(), addedBlocks.split("═{59}\n", -1).length - 1, "only DEALLOCATED blocks");
  }

  private static String[] concat(String[] first, String... more) {
    return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
  }

  @Test
  void rejectsBadUsage() {
    assertEquals(2, run("--format", "both", "--out", dir.resolve("only-one.log").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("LogGenerator: --format both needs 2 --out path(s), got 1"));
    assertEquals(2, run("--events", "many", "--out", "x.log"));
    assertEquals(2, run("--processes", "9", "--format", "server", "--out", "x.log"));
    // A value out of range is named by its option, not by the field it fills.
    err.reset();
    assertEquals(2, run("--stats-every", "0", "--format", "server", "--out", "x.log"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("LogGenerator: --stats-every must be at least 1, not 0"),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(2, run("--colour"));
  }

  @Test
  void aBadValueFailsWithOneLine() {
    // The reason is all a user needs; the usage would bury it under fourteen lines (--help has it).
    assertEquals(2, run("--events", "-5", "--format", "server", "--out", dir.resolve("x.log").toString()));
    assertEquals("LogGenerator: --events must not be negative, not -5 (--help prints the usage)\n",
        err.toString(StandardCharsets.UTF_8));
    err.reset();
    assertEquals(2, run("--format", "xml", "--out", "x.log"));
    assertEquals("LogGenerator: --format must be server, debug or both, not xml (--help prints the usage)\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void anEmptyOutPathIsBadUsage() {
    // An empty path is the working folder: writing it failed with "cannot write : Is a directory".
    assertEquals(2, run("--format", "server", "--out", ""));
    assertEquals(2, run("--format", "both", "--out", dir.resolve("s.log").toString(), ""));
    assertEquals("LogGenerator: --out needs a value (--help prints the usage)\n",
        err.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow() + "\n");
    assertTrue(!Files.exists(dir.resolve("s.log")));
  }

  @Test
  void anUnwritableSummaryFailsBeforeTheLogsAreGenerated() {
    // The summary's folder is missing: the run must stop at once, not after writing every log.
    Path log = dir.resolve("s.log");
    Path summary = dir.resolve("missing").resolve("summary.txt");
    assertEquals(1, run("--format", "server", "--events", "100", "--out", log.toString(), "--summary",
        summary.toString()));
    assertEquals("LogGenerator: cannot write " + summary + "\n", err.toString(StandardCharsets.UTF_8));
    assertTrue(!Files.exists(log), "no log written");
    err.reset();
    assertEquals(1, run("--format", "server", "--events", "100", "--out", log.toString(), "--summary",
        dir.toString()));
    assertEquals("LogGenerator: cannot write " + dir + "\n", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: java -cp samples/target/classes"));
  }
}
