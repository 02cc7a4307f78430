package io.ttsql.engine.parse;

import static io.ttsql.engine.testing.DebugLogBlocks.ALLOCATED;
import static io.ttsql.engine.testing.DebugLogBlocks.DEALLOCATED;
import static io.ttsql.engine.testing.DebugLogBlocks.DESTRUCTOR;
import static io.ttsql.engine.testing.DebugLogBlocks.block;
import static io.ttsql.engine.testing.DebugLogBlocks.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines the parsers do not understand (FORMATS.md section 5): each lands in {@code parse_errors}
 * with its file, line number and a reason, and loading goes on with the lines after it.
 */
class ParseErrorsTest {
  private static final String ERRORS = "select line, reason, text from parse_errors order by line";
  private static final String ERROR_LINES = "select line from parse_errors order by line";
  private static final String EVENT_LINES = "select line, kind from events order by seq";
  private static final String ALLOC = "✓ [PID 47213] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752)";
  private static final String FREE = "✗ [PID 47213] Freed buffer 1482752 on device 0 (8192 bytes, FINAL)";
  private static final String NOT_SERVER = "not a server log line";
  private static final String NOT_DEBUG = "not part of a buffer debug block";
  private static final String CUT_BY_SEPARATOR = "line cut short by the next block's separator";

  @TempDir Path dir;

  @Test
  void applicationOutputMixedIntoTheServerLog() throws Exception {
    // FORMATS.md 5.2: application lines match no template; they are listed word for word with
    // the file they came from, and the free after them still parses.
    Path log = QueryFixture.writeLog(dir, "debug.log",
        ALLOC,
        "[812ms] L1 Peak on device 0: 1.25 MB",
        "🗑️  SubDeviceManager destructor: releasing 3 sub-devices",
        FREE);
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      assertEquals(
          List.of(
              "file=" + log + "; line=2; reason=" + NOT_SERVER + "; text=[812ms] L1 Peak on device 0: 1.25 MB",
              "file=" + log + "; line=3; reason=" + NOT_SERVER + "; text=🗑️  SubDeviceManager destructor: releasing 3 sub-devices"),
          q.rows("select file, line, reason, text from parse_errors order by line"));
      assertEquals(List.of("line=1; kind=alloc", "line=4; kind=free"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
  }

  @Test
  void splitLineIsReportedAsTwoPiecesNeverGlued() throws Exception {
    // FORMATS.md 5.2: a stderr line landed inside an allocation line. Neither piece matches a
    // template (the first is not a whole "Unknown message type" line), so both are errors and
    // no allocation is invented from them.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 47213] Allocated 8192 bytes of L1 on deviUnknown message type: 37",
            "ce 0 (buffer_id=1482752)",
            FREE)) {
      assertEquals(
          List.of(
              "line=1; reason=" + NOT_SERVER + "; text=✓ [PID 47213] Allocated 8192 bytes of L1 on deviUnknown message type: 37",
              "line=2; reason=" + NOT_SERVER + "; text=ce 0 (buffer_id=1482752)"),
          q.rows(ERRORS));
      assertEquals(List.of("line=3; kind=free"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
  }

  @Test
  void anEventSplicedIntoAnotherWritersLineIsAnErrorNotALineUnderstood() throws Exception {
    // FORMATS.md 5.2: an event can land inside another writer's line. A timestamped logger line
    // (1.3), an "Error: " line (1.7) and a box line (1.10) each match a template as a whole, but
    // with an event inside them (lines 2-4) they are reported, not taken: the free of line 1's
    // buffer is lost to the splice on line 2, so the allocation stays open, and parse_errors says
    // why. The same lines without an event (5, 6), and a warning that names its PID right after
    // ⚠ (7), are understood.
    String logger = "2025-11-27 09:41:07.123 | info     | Device | Opening user mode device driver (tt_cluster.cpp:190)";
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            ALLOC,
            logger + FREE,
            "Error: Connection reset by peer" + ALLOC,
            "║ " + FREE + " ║",
            logger,
            "Error: Connection reset by peer",
            "⚠ [PID 47213] Invalid buffer_type 9 for buffer 1482752 on device 0")) {
      String spliced = "reason=" + ServerLogParser.SPLICED + "; text=";
      assertEquals(
          List.of(
              "line=2; " + spliced + logger + FREE,
              "line=3; " + spliced + "Error: Connection reset by peer" + ALLOC,
              "line=4; " + spliced + "║ " + FREE + " ║"),
          q.rows(ERRORS));
      assertEquals(List.of("line=1; kind=alloc"), q.rows(EVENT_LINES));
      assertEquals(List.of("end_reason=end_of_log"), q.rows("select end_reason from lifetimes"));
      q.checkLineAccounting();
    }
  }

  @Test
  void theRarerEventsSplicedIntoAnotherWritersLineAreErrorsToo() throws Exception {
    // FORMATS.md 5.2 ("a line can land inside another: report both pieces, never glue") holds for
    // the events without "[PID ": a dead-process cleanup's PID line (1.9), the unknown
    // deallocation without a PID (1.6) and the start-up banner (1.3). Inside an "Error: " line,
    // or a logger line they were taken as that line alone, and the events
    // were lost without a word: the cleanup would have closed line 1's allocation.
    String logger = "2025-11-27 09:41:07.123 | info     | Device | Opening user mode device driver";
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            ALLOC,
            "Error: Connection reset by peer   PID 47213 is dead, removing its buffers...",
            logger + "⚠ Warning: Deallocation for unknown buffer 790528000",
            "Error: Broken pipe🚀 Allocation Server started",
            logger + "🚀 Enhanced Allocation Server started (with history tracking)")) {
      assertEquals(List.of(2L, 3L, 4L, 5L), lineNumbers(q.rows(ERROR_LINES)));
      assertEquals(List.of("reason=" + ServerLogParser.SPLICED), q.rows("select distinct reason from parse_errors"));
      assertEquals(List.of("line=1; kind=alloc"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
  }

  @Test
  void mojibakeAndDocArtifactsAreReportedNotRepaired() throws Exception {
    // FORMATS.md 5.1 and 5.8: "‚úì" is ✓ read as Mac Roman; "Line 1234: " prefixes, "PID xxx"
    // placeholders, "..." lines and trailing notes (←, 👈) come from docs. None is repaired into
    // an event; the real lines around them parse.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "‚úì [PID 47213] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752)",
            "Line 1234: " + ALLOC,
            "✓ [PID xxx] Allocated 8192 bytes of L1 on device 0 (buffer_id=1482752)",
            "...",
            FREE + "  ← freed here",
            ALLOC + " 👈",
            ALLOC)) {
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), lineNumbers(q.rows(ERROR_LINES)));
      assertEquals(List.of("reason=" + NOT_SERVER), q.rows("select distinct reason from parse_errors"));
      assertEquals(List.of("line=7; kind=alloc"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
  }

  @Test
  void truncatedLastServerLine() throws Exception {
    // FORMATS.md 5.4: a killed server leaves a cut last line without a newline; the reason says
    // so. A complete line that only lacks its newline still parses.
    // The cut falls just before a number: that is still a truncated line, not a bad number.
    Path cut = QueryFixture.writeText(dir, "cut.log", ALLOC + "\n✗ [PID 47213] Freed buffer 1482752 on device ");
    try (QueryFixture q = QueryFixture.open(cut.toString())) {
      assertEquals(List.of("line=2; reason=truncated last line; text=✗ [PID 47213] Freed buffer 1482752 on device "), q.rows(ERRORS));
      assertEquals(List.of("line=1; kind=alloc"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
    Path whole = QueryFixture.writeText(dir, "whole.log", ALLOC + "\n" + FREE);
    try (QueryFixture q = QueryFixture.open(whole.toString())) {
      assertEquals(List.of("line=1; kind=alloc", "line=2; kind=free"), q.rows(EVENT_LINES));
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
      q.checkLineAccounting();
    }
  }

  @Test
  void serverValuesOverflowingTheirTypeAreErrors() throws Exception {
    // FORMATS.md 0 and 5.3: PID and device are signed 32-bit, sizes and ids unsigned 64-bit.
    // Garbage that fits (device 1839204 or -1, a terabyte size, the id 2^64 - 1) parses; anything
    // that does not fit is an error, on the fast (✓ ✗) path and the slow (⚠, cleanup, statistics)
    // path alike, and its reason names the field and the number as printed, whole (Java's own
    // message quoted 19 of 2^64's 20 digits). (Sizes from 2^63 on fit their type but not ttsql's
    // BIGINT: see below.)
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 2147483648 (buffer_id=0x1000)",
            "✓ [PID 1] Allocated 18446744073709551616 bytes of DRAM on device 0 (buffer_id=0x1000)",
            "✓ [PID 2147483648] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x10000000000000000)",
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=18446744073709551616)",
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000, ref_count=2147483648)",
            "✗ [PID 1] Freed buffer 0x1000 on device 0 (18446744073709551616 bytes, FINAL)",
            "⚠ [PID 1] Deallocation for unknown buffer 0x1000 on device 2147483648 (allocated before tracking started)",
            "⚠ Warning: Deallocation for unknown buffer 18446744073709551616",
            "   PID 2147483648 is dead, removing its buffers...",
            "✓ [PID 1] Allocated 4096 bytes of DRAM on device 1839204 (buffer_id=0xffffffffffffffff)",
            "✓ [PID -7] Allocated 1099511627776000 bytes of TRACE on device -1 (buffer_id=18446744073709551615)")) {
      assertEquals(
          List.of(
              "line=1; reason=device 2147483648 does not fit in 32 bits",
              "line=2; reason=size 18446744073709551616 does not fit in 64 bits",
              "line=3; reason=PID 2147483648 does not fit in 32 bits",
              "line=4; reason=buffer 0x10000000000000000 does not fit in 64 bits",
              "line=5; reason=buffer 18446744073709551616 does not fit in 64 bits",
              "line=6; reason=ref_count 2147483648 does not fit in 32 bits",
              "line=7; reason=size 18446744073709551616 does not fit in 64 bits",
              "line=8; reason=device 2147483648 does not fit in 32 bits",
              "line=9; reason=buffer 18446744073709551616 does not fit in 64 bits",
              "line=10; reason=PID 2147483648 does not fit in 32 bits"),
          q.rows("select line, reason from parse_errors order by line"));
      // Ids above Long.MAX_VALUE are kept as their two's-complement BIGINT: 2^64 - 1 reads as -1.
      assertEquals(
          List.of(
              "line=11; pid=1; device=1839204; size=4096; address=-1",
              "line=12; pid=-7; device=-1; size=1099511627776000; address=-1"),
          q.rows("select line, pid, device, size, address from events order by seq"));
      q.checkLineAccounting();
    }
  }

  @Test
  void sizesFromTwoToTheSixtyThreeAreErrorsOnEveryPath() throws Exception {
    // FORMATS.md 5.3: a wrapped counter prints 18446744073709549568 (2^64 - 2048), which fits
    // the unsigned 64 bits of <bytes> but would read as -2048 in ttsql's signed BIGINT size. The
    // fast path takes sizes of up to 14 digits (line 1); longer ones go the exact path, which
    // keeps 2^63 - 1 = 9223372036854775807 (line 2) and rejects 2^63 = 9223372036854775808 and
    // up, in allocations and frees alike (lines 3-5). Statistics figures have the same limit,
    // in bytes or in KB (9.0072e+15 KB is 2^63 bytes to 6 digits, more than 2^63 - 1) (lines 9-12).
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "✓ [PID 1] Allocated 99999999999999 bytes of L1 on device 0 (buffer_id=0x16a000)",
            "✓ [PID 1] Allocated 9223372036854775807 bytes of L1 on device 0 (buffer_id=0x16b000)",
            "✓ [PID 1] Allocated 9223372036854775808 bytes of L1 on device 0 (buffer_id=0x16c000)",
            "✓ [PID 1] Allocated 18446744073709549568 bytes of L1 on device 0 (buffer_id=0x16d000)",
            "✗ [PID 1] Freed buffer 0x16a000 on device 0 (18446744073709549568 bytes, FINAL)",
            "📊 Current Statistics:",
            "  Device 0:",
            "    Buffers: 2",
            "    DRAM: 18446744073709549568 bytes (1.80144e+16 KB)",
            "    L1: 9223372036854775807 bytes (9.0072e+15 KB)",
            "    Total: 9.0072e+15 KB",
            "  Active allocations: 9223372036854775808")) {
      assertEquals(
          List.of(
              "line=3; reason=size 9223372036854775808 is larger than ttsql's BIGINT (2^63-1)",
              "line=4; reason=size 18446744073709549568 is larger than ttsql's BIGINT (2^63-1)",
              "line=5; reason=size 18446744073709549568 is larger than ttsql's BIGINT (2^63-1)",
              "line=9; reason=DRAM 18446744073709549568 is larger than ttsql's BIGINT (2^63-1)",
              "line=11; reason=Total 9.0072e+15 KB is larger than ttsql's BIGINT (2^63-1)",
              "line=12; reason=Active allocations 9223372036854775808 is larger than ttsql's BIGINT (2^63-1)"),
          q.rows("select line, reason from parse_errors where reason like '%BIGINT%' order by line"));
      assertEquals(
          List.of("line=1; size=99999999999999", "line=2; size=9223372036854775807"),
          q.rows("select line, size from events order by seq"));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugSizesFromTwoToTheSixtyThreeBreakTheirBlock() throws Exception {
    // The same limit on the debug log's Size line: the whole-block fast path declines the block,
    // whose \n ends it would take, and the line-by-line path, which takes the \r\n ends of the
    // second log from the start, breaks it. The block's lines up to its Size line (1-6) are
    // listed, the rest of it (7-16) is outside any block, its empty line 17 is fine.
    List<String> wrapped = ALLOCATED.stream()
        .map(l -> l.startsWith("Size: ") ? "Size: 18446744073709549568 bytes (1.80144e+16 KB)" : l).toList();
    String reason = "broken alloc block: size 18446744073709549568 is larger than ttsql's BIGINT (2^63-1) at line 6";
    Path lf = QueryFixture.writeLog(dir, "lf.log", lines(wrapped, DESTRUCTOR));
    Path crlf = QueryFixture.writeText(dir, "crlf.log", String.join("\r\n", lines(wrapped, DESTRUCTOR)) + "\r\n");
    for (Path log : List.of(lf, crlf)) {
      try (QueryFixture q = QueryFixture.open(log.toString())) {
        assertEquals(
            List.of("line=1; reason=" + reason + "; n=6", "line=7; reason=" + NOT_DEBUG + "; n=10"),
            q.rows("select min(line) as line, reason, count(*) as n from parse_errors group by reason order by 1"));
        assertEquals(List.of("line=18; kind=destructor"), q.rows(EVENT_LINES));
        q.checkLineAccounting();
      }
    }
  }

  @Test
  void statisticsLinesOutsideABlockOrOverflowing() throws Exception {
    // A statistics line needs an open block (and a device line before per-device fields). A
    // count that does not fit 64 bits (line 6) is an error, which leaves device 0's section
    // without its Buffers line: its other lines (5, 7-9) are listed too, and it gives no row. The
    // block goes on: device 1's section (10-14) is whole.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "    Buffers: 7",
            "  Active allocations: 3",
            "📊 Current Statistics:",
            "    DRAM: 4096 bytes (4 KB)",
            "  Device 0:",
            "    Buffers: 18446744073709551616",
            "    DRAM: 4096 bytes (4 KB)",
            "    L1: 0 bytes (0 KB)",
            "    Total: 4096 bytes",
            "  Device 1:",
            "    Buffers: 1",
            "    DRAM: 0 bytes (0 KB)",
            "    L1: 1024 bytes (1 KB)",
            "    Total: 1024 bytes",
            "  Active allocations: 2")) {
      String noBuffers = "statistics for device 0 lack the Buffers line";
      assertEquals(
          List.of(
              "line=1; reason=statistics line outside a statistics block",
              "line=2; reason=statistics line outside a statistics block",
              "line=4; reason=statistics line before any Device line",
              "line=5; reason=" + noBuffers,
              "line=6; reason=Buffers 18446744073709551616 does not fit in 64 bits",
              "line=7; reason=" + noBuffers,
              "line=8; reason=" + noBuffers,
              "line=9; reason=" + noBuffers),
          q.rows("select line, reason from parse_errors order by line"));
      assertEquals(
          List.of("device=1; buffers=1; l1_bytes=1024; active_allocations=2"),
          q.rows("select device, buffers, l1_bytes, active_allocations from server_stats"));
      q.checkLineAccounting();
    }
  }

  @Test
  void aStatisticsSectionRepeatingAFigureGivesNoRow() throws Exception {
    // Two blocks printed at once (the 10 s timer and a shutdown) can interleave their lines.
    // Device 0's section (2-7) has its DRAM line twice: which one is device 0's is unknowable, so
    // the section gives no row and lists all its lines, rather than keep the last value. Device 1's
    // section (8-12) is whole.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "debug.log",
            "📊 Current Statistics:",
            "  Device 0:",
            "    Buffers: 1",
            "    DRAM: 4096 bytes (4 KB)",
            "    DRAM: 8192 bytes (8 KB)",
            "    L1: 0 bytes (0 KB)",
            "    Total: 4096 bytes",
            "  Device 1:",
            "    Buffers: 1",
            "    DRAM: 0 bytes (0 KB)",
            "    L1: 1024 bytes (1 KB)",
            "    Total: 1024 bytes",
            "  Active allocations: 2")) {
      String repeated = "statistics for device 0 repeat the DRAM line";
      assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L), lineNumbers(q.rows(ERROR_LINES)));
      assertEquals(List.of("reason=" + repeated), q.rows("select distinct reason from parse_errors"));
      assertEquals(
          List.of("device=1; buffers=1; l1_bytes=1024; active_allocations=2"),
          q.rows("select device, buffers, l1_bytes, active_allocations from server_stats"));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugLogEndingInsideTheFields() throws Exception {
    // FORMATS.md 5.4: the writer died after the Size line. Missing fields make the block an
    // error: each of its 6 lines (18..23) is listed; the complete block before it is an event.
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED, ALLOCATED.subList(0, 6)))) {
      assertEquals(List.of("line=1; kind=alloc"), q.rows(EVENT_LINES));
      assertEquals(
          List.of("reason=block cut short by the end of the file; n=6; first=18; last=23"),
          q.rows("select reason, count(*) as n, min(line) as first, max(line) as last from parse_errors group by reason"));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugLogEndingInsideTheCallStack() throws Exception {
    // Fewer frames are valid: a block ending after two of its frames, without its empty line,
    // is an allocation whose stack has those two frames.
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED.subList(0, 13)))) {
      assertEquals(List.of("line=1; kind=alloc"), q.rows(EVENT_LINES));
      assertEquals("2", q.scalar("select count(*) from frames"));
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
      q.checkLineAccounting();
    }
  }

  @Test
  void aLastLineWithoutNewlineThatEndsInANumberMayBeCutInIt() throws Exception {
    // The log was copied while the server printed a statistics block's last line,
    // "  Active allocations: 13": the copy ends in "  Active allocations: 1", which reads as a
    // whole line, but its number may have lost digits (a line ending in ")" cannot lose any and
    // still match). It is a truncated line, and the block is one cut short: no active count.
    Path log = QueryFixture.writeText(dir, "copied.log", String.join("\n",
        ALLOC,
        "",
        "📊 Current Statistics:",
        "  Device 0:",
        "    Buffers: 1",
        "    DRAM: 0 bytes (0 KB)",
        "    L1: 8192 bytes (8 KB)",
        "    Total: 8192 bytes",
        "  Active allocations: 1"));
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      assertEquals(List.of("line=9; reason=truncated last line; text=  Active allocations: 1"), q.rows(ERRORS));
      assertEquals(List.of("line=3; device=0; buffers=1; active_allocations=null"),
          q.rows("select line, device, buffers, active_allocations from server_stats"));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugLogWithTruncatedLastFrameLine() throws Exception {
    // The last line has no newline: the writer was cut mid-frame, so the frame's text is not to
    // be trusted. It is reported as a truncated line; the block keeps the frames before it.
    List<String> block = new ArrayList<>(ALLOCATED.subList(0, 13));
    String cut = "    /home/user/tt-metal/build/lib/_ttnn.so: ttnn::operations::matmul::Matmul::create_out";
    Path log = QueryFixture.writeText(dir, "buffers.log", String.join("\n", block) + "\n" + cut);
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      assertEquals(List.of("line=14; reason=truncated last line; text=" + cut), q.rows(ERRORS));
      assertEquals(List.of("line=1; kind=alloc"), q.rows(EVENT_LINES));
      assertEquals("2", q.scalar("select count(*) from frames"));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugBlockMissingAFieldThenLoadingGoesOn() throws Exception {
    // The Type line is missing, so the Buffer* line (7) is not the expected Type line: the
    // block's lines so far (1..7) are listed with that reason, its remaining lines (8..15) are
    // outside any block, the empty line 16 is fine, and the next block parses.
    List<String> noType = new ArrayList<>(ALLOCATED);
    noType.remove("Type: DRAM");
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(noType, DEALLOCATED))) {
      assertEquals(
          List.of(
              "reason=broken alloc block: expected a valid 'Type:' line at line 7; n=7; first=1; last=7",
              "reason=" + NOT_DEBUG + "; n=8; first=8; last=15"),
          q.rows("select reason, count(*) as n, min(line) as first, max(line) as last from parse_errors"
              + " group by reason order by first"));
      assertEquals(List.of("line=17; kind=free"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugValuesOverflowingTheirTypeAndAddressMismatch() throws Exception {
    // A device beyond 32 bits or a size beyond 64 bits breaks its block; so does an Address
    // whose hex and decimal disagree (0x2f4a0000 is 793378816, not 793378817), and a size of
    // 2^64 - 2048, beyond ttsql's BIGINT. The last block is fine again.
    List<String> bigDevice = ALLOCATED.stream().map(l -> l.equals("Device: 1") ? "Device: 2147483648" : l).toList();
    List<String> bigSize = DEALLOCATED.stream()
        .map(l -> l.startsWith("Size: ") ? "Size: 18446744073709551616 bytes (1.80144e+16 KB)" : l).toList();
    List<String> mismatch = DEALLOCATED.stream()
        .map(l -> l.startsWith("Address: ") ? "Address: 0x2f4a0000 (793378817)" : l).toList();
    List<String> wrapped = DEALLOCATED.stream()
        .map(l -> l.startsWith("Size: ") ? "Size: 18446744073709549568 bytes (1.80144e+16 KB)" : l).toList();
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(bigDevice, bigSize, mismatch, wrapped, DESTRUCTOR))) {
      // The four broken blocks start at lines 1, 18, 31 and 44 and their reasons name the failing
      // line; their lines after it (from line 5 on) are outside any block.
      assertEquals(
          List.of(
              "line=1; reason=broken alloc block: device 2147483648 does not fit in 32 bits at line 4",
              "line=5; reason=" + NOT_DEBUG,
              "line=18; reason=broken free block: size 18446744073709551616 does not fit in 64 bits at line 23",
              "line=31; reason=broken free block: expected a valid 'Address:' line at line 35",
              "line=44; reason=broken free block: size 18446744073709549568 is larger than ttsql's BIGINT (2^63-1)"
                  + " at line 49"),
          q.rows("select min(line) as line, reason from parse_errors group by reason order by 1"));
      assertEquals(
          List.of("line=57; kind=destructor; size=49152"),
          q.rows("select line, kind, size from events order by seq"));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugFieldWithoutItsNumberIsAMalformedLineNotAnOverflow() throws Exception {
    // "Address: 2f4a0000 (…)" lacks its 0x and "Device: " has no value at all: nothing overflows,
    // the lines just do not follow their templates, and the reasons say which field was expected.
    List<String> noHexPrefix = ALLOCATED.stream()
        .map(l -> l.startsWith("Address: ") ? "Address: 2f4a0000 (793378816)" : l).toList();
    List<String> noDevice = DESTRUCTOR.stream().map(l -> l.startsWith("Device: ") ? "Device: " : l).toList();
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(noHexPrefix, noDevice, DEALLOCATED))) {
      assertEquals(
          List.of(
              "line=1; reason=broken alloc block: expected a valid 'Address:' line at line 5",
              "line=6; reason=" + NOT_DEBUG,
              "line=18; reason=broken destructor block: expected a valid 'Device:' line at line 21"),
          q.rows("select min(line) as line, reason from parse_errors group by reason order by 1"));
      assertEquals(List.of("line=31; kind=free"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
  }

  @Test
  void aRunCutMidFieldThenTheNextRunAppended() throws Exception {
    // FORMATS.md 2.1 and 5.2: a run killed while writing its Address line leaves that line
    // without a newline; the next run appends its first block, whose separator lands on the same
    // line. The two pieces are reported apart, never glued: the cut block's four whole lines are
    // cut short by the separator, the cut text (line 5) is listed, and the separator opens the
    // next run's destructor block, which parses and is the event of line 5.
    String cutText = "Address: 0x2f4a";
    List<String> appended = new ArrayList<>(DESTRUCTOR);
    appended.set(0, cutText + DESTRUCTOR.get(0));
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED.subList(0, 4), appended))) {
      assertEquals(
          List.of(
              "line=1; reason=block cut short by the next separator",
              "line=2; reason=block cut short by the next separator",
              "line=3; reason=block cut short by the next separator",
              "line=4; reason=block cut short by the next separator",
              "line=5; reason=" + CUT_BY_SEPARATOR),
          q.rows("select line, reason from parse_errors order by line"));
      assertEquals(cutText, q.scalar("select text from parse_errors where line = 5"));
      assertEquals(List.of("line=5; kind=destructor"), q.rows(EVENT_LINES));
      assertEquals("3", q.scalar("select count(*) from frames"));
      q.checkLineAccounting();
    }
  }

  @Test
  void aRunCutMidFrameThenTheNextRunAppended() throws Exception {
    // As a truncated last frame line: the allocation keeps its two whole frames, the cut third
    // frame (line 14) is listed, and its line's separator opens the next run's deallocation.
    String cutText = "    " + DebugLogBlocks.TTNN + ": ttnn::operations::matmul::Matmul::create_out";
    List<String> appended = new ArrayList<>(DEALLOCATED);
    appended.set(0, cutText + DEALLOCATED.get(0));
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED.subList(0, 13), appended))) {
      assertEquals(List.of("line=14; reason=" + CUT_BY_SEPARATOR + "; text=" + cutText), q.rows(ERRORS));
      assertEquals(List.of("line=1; kind=alloc", "line=14; kind=free"), q.rows(EVENT_LINES));
      assertEquals(List.of("kind=alloc; frames=2", "kind=free; frames=3"),
          q.rows("select e.kind, count(f.stack_id) as frames from events e join frames f on f.stack_id = e.stack_id"
              + " group by e.kind order by e.kind"));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugLogWithForeignLinesAndABlockCutByTheNextSeparator() throws Exception {
    // Output between blocks is not part of any block; a block broken off by the next separator
    // (here after its Device line) lists its 4 lines, and the block that cut it parses.
    try (QueryFixture q =
        QueryFixture.ofLog(dir, "buffers.log",
            lines(
                List.of("[812ms] L1 Peak on device 0: 1.25 MB"),
                ALLOCATED.subList(0, 4),
                DESTRUCTOR))) {
      assertEquals(
          List.of(
              "line=1; reason=" + NOT_DEBUG,
              "line=2; reason=block cut short by the next separator",
              "line=3; reason=block cut short by the next separator",
              "line=4; reason=block cut short by the next separator",
              "line=5; reason=block cut short by the next separator"),
          q.rows("select line, reason from parse_errors order by line"));
      assertEquals(List.of("line=6; kind=destructor"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
  }

  @Test
  void aDebugBlockWithoutItsClosingEmptyLineStillCounts() throws Exception {
    // ALLOCATED without its last line (the empty one): its frames run into DEALLOCATED's
    // separator. Header, fields and all five frames are there, so it is an event with its stack,
    // as at the end of a file; no line is left unexplained.
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(ALLOCATED.subList(0, ALLOCATED.size() - 1), DEALLOCATED))) {
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
      assertEquals(List.of("line=1; kind=alloc", "line=17; kind=free"), q.rows(EVENT_LINES));
      assertEquals("5", q.scalar("select count(*) from frames where stack_id = (select stack_id from events where seq = 0)"));
      assertEquals("end_seq=1", q.scalar("select 'end_seq=' || end_seq from lifetimes"));
      q.checkLineAccounting();
    }
  }

  @Test
  void debugBlockBrokenAmongItsFramesListsEveryLineWordForWord() throws Exception {
    // ALLOCATED's separator, ten header and field lines and five frames (lines 1-16), then a line
    // that is neither a frame nor the closing empty line: the block is broken at line 17 and all
    // 17 lines are listed with their exact text, the frames' indent included. The DESTRUCTOR
    // block after it starts at line 18 and parses.
    List<String> broken = new ArrayList<>(ALLOCATED.subList(0, 16));
    broken.add("garbage");
    try (QueryFixture q = QueryFixture.ofLog(dir, "buffers.log", lines(broken, DESTRUCTOR))) {
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < broken.size(); i++) {
        expected.add("line=" + (i + 1) + "; reason=broken alloc block: expected a frame line or an empty line at line 17"
            + "; text=" + broken.get(i));
      }
      assertEquals(expected, q.rows("select line, reason, text from parse_errors order by line"));
      assertEquals(List.of("line=18; kind=destructor"), q.rows(EVENT_LINES));
      q.checkLineAccounting();
    }
  }

  @Test
  void errorsNameTheirFileWhenSeveralAreLoaded() throws Exception {
    // Two logs in one trace: each error carries its own file and line; sources accounts for
    // each file on its own.
    Path server = QueryFixture.writeLog(dir, "debug.log", ALLOC, "garbage", FREE);
    Path debug = QueryFixture.writeLog(dir, "buffers.log", lines(List.of("garbage"), DESTRUCTOR));
    try (QueryFixture q = QueryFixture.open(server + ";" + debug)) {
      assertEquals(
          List.of("file=" + server + "; line=2", "file=" + debug + "; line=1"),
          q.rows("select file, line from parse_errors order by file desc"));
      assertEquals(
          List.of(
              "file=" + server + "; format=server; lines=3; parse_errors=1",
              "file=" + debug + "; format=buffer_debug; lines=14; parse_errors=1"),
          q.rows("select file, format, lines, parse_errors from sources"));
      q.checkLineAccounting();
    }
  }

  @Test
  void strictModeFailsOnTheFirstErrorWithFileAndLine() {
    // strict=true turns the first listed line into a failure reading "file:line: reason: text".
    Path log = QueryFixture.writeLog(dir, "debug.log", ALLOC, "garbage", FREE);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> QueryFixture.open(log + ";strict=true"));
    assertTrue(e.getMessage().contains(log + ":2: " + NOT_SERVER + ": garbage"), e.getMessage());
  }

  /** The numbers of rows {@code line=N}, in order. */
  private static List<Long> lineNumbers(List<String> rows) {
    return rows.stream().map(r -> Long.parseLong(r.substring("line=".length()))).toList();
  }
}
