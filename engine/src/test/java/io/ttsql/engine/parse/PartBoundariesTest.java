package io.ttsql.engine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where a server log may be cut into parts that parse on their own. */
class PartBoundariesTest {
  private static final String ALLOC = "✓ [PID 2] Allocated 2048 bytes of DRAM on device 1 (buffer_id=0x1000)\n";
  private static final String FREE = "✗ [PID 2] Freed buffer 0x1000 on device 1 (2048 bytes, FINAL)\n";

  @Test
  void aServerLogIsCutAtTheSecondOfTwoEventLines() {
    // The window starts mid-line: that line is skipped. The empty line 2 separates the events of
    // lines 1 and 3, so the first event after an event is line 4.
    String text = "tail of a line\n" + ALLOC + "\n" + ALLOC + FREE + ALLOC;
    assertEquals(offsetOf(text, 4), cut(text));
  }

  @Test
  void aV4LogWithACircularBufferLineBetweenEveryTwoEventsIsCutToo() {
    // In a V4 log the CB lines of each program come between the events, so no event follows
    // another; a CB or kernel line is one client message as an event is, and a part may start
    // at the second of any two such lines: line 2 (the CB line after the allocation).
    String cbAlloc = "✓ [CB_ALLOC] Device 1: +0.5 MB (Total: 1.25 MB)\n";
    String text = "tail\n" + ALLOC + cbAlloc + FREE + cbAlloc + ALLOC;
    assertEquals(offsetOf(text, 2), cut(text));
  }

  @Test
  void neverInsideAStatisticsBlockThatEventsInterrupt() {
    // The statistics thread printed its block while two events arrived: a part starting at the
    // second of them would begin with "DRAM: …" outside any block. The cut is the first pair of
    // events after the block instead (lines 11 and 12; line 12 starts the part).
    String text = "tail\n\n" + statisticsInterruptedBy(ALLOC + FREE) + ALLOC + FREE;
    assertEquals(offsetOf(text, 12), cut(text));
  }

  @Test
  void notInsideABlockWhoseInterruptionsIncludeOtherWellFormedLines() {
    // Inside the block, the two events are followed by an unknown free and a stderr line, both of
    // which read on their own, before the block's DRAM line: still inside, so the cut is the pair
    // of events after the block (line 13 starts the part).
    String text = "tail\n"
        + statisticsInterruptedBy(ALLOC + FREE
            + "⚠ [PID 2] Deallocation for unknown buffer 0x5000 on device 0 (allocated before tracking started)\n"
            + "Unknown message type: 37\n")
        + ALLOC
        + FREE;
    assertEquals(offsetOf(text, 13), cut(text));
  }

  @Test
  void notInsideAKernelDumpThatAStatisticsBlockInterrupts() {
    // A DUMP_KERNELS box (lines 1-6) interrupted by two events and a whole statistics block
    // (lines 7-15), then the rest of the box (16-18). A parser starting at the second event reads
    // the block well, but not the box's detail line 16 nor its end 18, which only a parser that
    // read its start understands: the cut is the pair of events after the box (line 20).
    String text = "tail\n"
        + "📋 Received DUMP_KERNELS request...\n\n╔" + "═".repeat(62) + "╗\n║" + " ".repeat(17)
        + "DETAILED KERNEL ALLOCATIONS" + " ".repeat(18) + "║\n╚" + "═".repeat(62) + "╝\n  Device 0:\n"
        + ALLOC + FREE + statisticsInterruptedBy("")
        + "    Fabric kernel: 0.0078125 MB (PID 52980)\n\n📋 DUMP_KERNELS complete.\n"
        + ALLOC + FREE;
    assertEquals(offsetOf(text, 20), cut(text));
  }

  @Test
  void notWhereTheWindowEndsBeforeTheLinesAfterTheCutAreChecked() {
    // The statistics block of neverInsideAStatisticsBlockThatEventsInterrupt, but the window read
    // of the file ends just after the two events inside it (line 5 ends it): the block's DRAM line
    // after them, which shows the cut lies inside the block, is not in the window. Without the
    // lines that would tell, no part starts there. Were the window the end of the file, nothing
    // would follow the events and line 5 could start a part.
    String text = "tail\n" + statisticsInterruptedBy(ALLOC + FREE);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int windowEnd = offsetOf(text, 6);
    assertEquals(-1, PartBoundaries.cutIn(bytes, windowEnd, LogFormat.SERVER, false));
    assertEquals(offsetOf(text, 5), PartBoundaries.cutIn(bytes, windowEnd, LogFormat.SERVER, true));
  }

  @Test
  void eventsBeforeAStatisticsBlockMayBeCut() {
    // The first line after the two events that is not one is the block's title, which a part may start with.
    String text = "tail\n" + ALLOC + FREE + "\n📊 Current Statistics:\n  Active allocations: 0\n";
    assertEquals(offsetOf(text, 2), cut(text));
  }

  /** A statistics block of device 1 (seven lines) with {@code lines} printed after its Buffers line. */
  private static String statisticsInterruptedBy(String lines) {
    return "📊 Current Statistics:\n  Device 1:\n    Buffers: 1\n" + lines
        + "    DRAM: 0 bytes (0 KB)\n    L1: 1024 bytes (1 KB)\n    Total: 1024 bytes\n  Active allocations: 1\n";
  }

  private static int cut(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return PartBoundaries.cutIn(bytes, bytes.length, LogFormat.SERVER, true);
  }

  /** The byte offset where line {@code index} (0-based) of {@code text} starts. */
  private static int offsetOf(String text, int index) {
    int offset = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < index; i++) {
      offset += lines[i].getBytes(StandardCharsets.UTF_8).length + 1;
    }
    return offset;
  }
}
