package io.ttsql.engine.parse;

import static io.ttsql.engine.testing.DebugLogBlocks.ALLOCATED;
import static io.ttsql.engine.testing.DebugLogBlocks.DESTRUCTOR;
import static io.ttsql.engine.testing.DebugLogBlocks.SEPARATOR;
import static io.ttsql.engine.testing.DebugLogBlocks.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The format of a log comes from its content, never its name (FORMATS.md section 0). */
class FormatDetectorTest {
  private static final String ACCOUNTING = "select format, lines, events, other_lines, parse_errors from sources";

  @TempDir Path dir;

  private static LogFormat detect(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return FormatDetector.detect(bytes, bytes.length);
  }

  @Test
  void debugLogNamedLikeTheServerLog() throws Exception {
    // A buffer debug log saved as "debug.log" (the server log's usual name) opens with a
    // separator line, so it is read as a debug log and its blocks become events.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", lines(ALLOCATED, DESTRUCTOR))) {
      assertEquals(List.of("format=buffer_debug; lines=30; events=2; other_lines=0; parse_errors=0"), q.rows(ACCOUNTING));
      q.checkLineAccounting();
    }
  }

  @Test
  void serverLogWithAnyName() throws Exception {
    // "x.txt" says nothing; its ✓ [PID line does. Application output before it does not decide.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "x.txt",
            "[812ms] L1 Peak on device 0: 1.25 MB",
            "✓ [PID 47213] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752)")) {
      assertEquals(List.of("format=server; lines=2; events=1; other_lines=0; parse_errors=1"), q.rows(ACCOUNTING));
      q.checkLineAccounting();
    }
  }

  @Test
  void nothingRecognisableIsUnknownAndEveryNonEmptyLineIsAnError() throws Exception {
    // No separator and no server marker: format unknown. Each of the 3 non-empty lines is in
    // parse_errors; the 2 empty lines are harmless and counted as other lines.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "buffers.log",
            "Running 12 tests",
            "",
            "[812ms] L1 Peak on device 0: 1.25 MB",
            "",
            "PASSED")) {
      assertEquals(List.of("format=unknown; lines=5; events=0; other_lines=2; parse_errors=3"), q.rows(ACCOUNTING));
      assertEquals(
          List.of("line=1; text=Running 12 tests", "line=3; text=[812ms] L1 Peak on device 0: 1.25 MB", "line=5; text=PASSED"),
          q.rows("select line, text from parse_errors order by line"));
      q.checkLineAccounting();
    }
  }

  @Test
  void emptyFileIsUnknownWithNoLines() throws Exception {
    // Nothing to read: unknown, and nothing to account for.
    Path empty = QueryFixture.writeText(dir, "empty.log", "");
    try (QueryFixture q = QueryFixture.open(empty.toString())) {
      assertEquals(List.of("format=unknown; lines=0; events=0; other_lines=0; parse_errors=0"), q.rows(ACCOUNTING));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
    "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
    "⚠ [PID 1] Deallocation for unknown buffer 0x1000 on device 0 (allocated before tracking started)",
    "📊 Current Statistics:",
    "🚀 Allocation Server started",
    "🔍 Device detection (using TT-Metal APIs):",
    "📋 Received DUMP_REMAINING request...",
    "   PID 47213 is dead, removing its buffers...",
    "⚠️  Detected dead processes, cleaning up orphaned buffers...",
    "⚠ Warning: Deallocation for unknown buffer 790528000",
    "✓ [CB_ALLOC] Device 0: +0.5 MB (Total: 1.25 MB)",
    "✗ [CB_FREE] Device 0: -0.5 MB (Total: 0.75 MB)",
    "✓ [KERNEL_LOAD] Dispatch kernel on Device 1: +0.0390625 MB (Total: 0.0625 MB)",
    "✗ [KERNEL_UNLOAD] Dispatch kernel on Device 1: -0.0390625 MB (Total: 0 MB)",
  })
  void serverMarkers(String line) {
    // Each of these lines appears only in a server log, so it alone decides the format, even
    // after lines that decide nothing (a log captured after start-up may open with any of them).
    assertEquals(LogFormat.SERVER, detect("[812ms] L1 Peak on device 0: 1.25 MB\n" + line + "\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "⚠️ [PID 1] Deallocation for unknown buffer 0x1000 on device 0 (allocated before tracking started)",
    "⚠  [PID 1] Deallocation for unknown buffer 0x1000 on device 0 (allocated before tracking started)",
    "⚠ Detected dead processes, cleaning up orphaned buffers...",
    "⚠️  Warning: Deallocation for unknown buffer 790528000",
  })
  void serverWarningsWithEitherSignAndAnySpacing(String line) throws Exception {
    // FORMATS.md 5.1: "match U+26A0, optional U+FE0F, 1+ spaces". The parser reads these lines
    // as events or a cleanup, so they tell a server log as the usual "⚠ [PID " does: a log of
    // them alone was loaded with format 'unknown', as if no line in it were a server's.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", line)) {
      assertEquals(List.of("format=server"), q.rows("select format from sources"));
    }
    assertEquals(LogFormat.UNKNOWN, detect("⚠ Low disk space\n⚠️ [PI\n"));
  }

  @Test
  void separatorDecidesExactly() {
    // The separator is exactly 59 ═ (a CRLF line end is dropped); 58 or 60 are not separators.
    assertEquals(LogFormat.BUFFER_DEBUG, detect(SEPARATOR + "\nBUFFER ALLOCATED\n"));
    assertEquals(LogFormat.BUFFER_DEBUG, detect(SEPARATOR + "\r\nBUFFER ALLOCATED\r\n"));
    assertEquals(LogFormat.UNKNOWN, detect("═".repeat(58) + "\nBUFFER ALLOCATED\n"));
    assertEquals(LogFormat.UNKNOWN, detect("═".repeat(60) + "\nBUFFER ALLOCATED\n"));
  }

  @Test
  void applicationLinesThatStartLikeServerLinesDecideNothing() {
    // "🚀 ", "📋 " and "   PID " open server lines, and application output too: only whole server
    // lines decide, so the separator after these tells a debug log.
    for (String application : List.of("🚀 Launching llama on 8 devices", "📋 Config: batch 32", "   PID 12 started training")) {
      assertEquals(LogFormat.BUFFER_DEBUG, detect(application + "\n" + SEPARATOR + "\nBUFFER ALLOCATED\n"), application);
    }
  }

  @Test
  void aDebugLogAfterMoreThan64KiBOfApplicationOutput() throws Exception {
    // 3,000 lines of a test run's output (about 110 KiB) before the first block: the format is
    // told from the first MiB, so the block loads as a debug-log event, and the 3,000 lines are
    // listed as errors of a debug log (3,017 lines with the 17 of the block).
    List<String> log = new java.util.ArrayList<>(java.util.Collections.nCopies(3000, "[812ms] L1 Peak on device 0: 1.25 MB"));
    log.addAll(List.of(lines(ALLOCATED)));
    try (QueryFixture q = QueryFixture.ofLog(dir, "run.log", log.toArray(String[]::new))) {
      assertEquals(List.of("format=buffer_debug; lines=3017; events=1; other_lines=0; parse_errors=3000"), q.rows(ACCOUNTING));
      q.checkLineAccounting();
    }
  }

  @Test
  void firstTellingLineDecides() {
    // Only the first telling line counts: a separator before a server-looking line makes a debug
    // log, and a server line before a separator makes a server log.
    assertEquals(LogFormat.BUFFER_DEBUG, detect("hello\n" + SEPARATOR + "\n📊 Current Statistics:\n"));
    assertEquals(LogFormat.SERVER, detect("📊 Current Statistics:\n" + SEPARATOR + "\n"));
  }
}
