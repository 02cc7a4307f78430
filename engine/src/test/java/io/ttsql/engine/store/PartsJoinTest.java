package io.ttsql.engine.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ttsql.engine.model.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Joining parts hands their chunks over and shifts them in place when a part starts inside a
 * chunk. Parts of random sizes around the chunk size (empty, one row, a chunk less one, exactly a
 * chunk, several chunks) are filled with values that are zero over whole chunks at times, so that
 * chunks are missing; every row of the joined columns must equal what was added, in order, also
 * when parts were trimmed to their rows while they waited to be joined.
 */
class PartsJoinTest {
  private static final int C = ChunkedColumn.CHUNK;
  private static final int[] SIZES = {0, 1, 7, C - 1, C, C + 1, 2 * C - 3, 3 * C};

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void everyRowLandsAtItsSeq(long seed) {
    Random random = new Random(seed);
    assertJoined(seed, random, 2 + random.nextInt(5),
        () -> random.nextBoolean() ? SIZES[random.nextInt(SIZES.length)] : random.nextInt(3 * C));
  }

  /** Thousands of parts of a few rows each, as a thousand small files give, most of them inside one chunk. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void manySmallPartsLandAtTheirSeqs(long seed) {
    Random random = new Random(seed);
    assertJoined(seed, random, 3000, () -> random.nextInt(60));
  }

  /**
   * Joins {@code partCount} parts of {@code rows} rows each, of random values, half of them
   * trimmed as the assembler trims them, and checks every row.
   */
  private static void assertJoined(long seed, Random random, int partCount, IntSupplier rowCounts) {
    List<PartEvents> parts = new ArrayList<>();
    List<long[]> expected = new ArrayList<>();   // per row: line, pid, size, stack, kind
    int lineOffset = 0;
    for (int p = 0; p < partCount; p++) {
      int rows = rowCounts.getAsInt();
      EventChunks events = new EventChunks();
      int[] stackMap = {p % 3, 5 + p};   // the part's stack 0 may be the trace's stack 0 or not
      boolean zeroPids = random.nextInt(3) == 0;
      int zeroSizesFrom = random.nextInt(rows + 1);
      for (int i = 0; i < rows; i++) {
        int pid = zeroPids ? 0 : 1 + random.nextInt(1000);
        long size = i >= zeroSizesFrom ? 0 : 1 + random.nextInt(1 << 20);
        int stack = random.nextInt(2);
        int kind = random.nextInt(3);
        EventDraft draft = new EventDraft().start(EventKind.of(kind), i + 1);
        draft.pid(pid).size(size).stackId(stack);
        events.add(draft, i + 1);
        expected.add(new long[] {lineOffset + i + 1, pid, size, stackMap[stack], kind});
      }
      if (random.nextBoolean()) {
        events.trim();
      }
      parts.add(new PartEvents(events, lineOffset, stackMap));
      lineOffset += rows + random.nextInt(3);
    }

    EventColumns columns = EventColumns.concat(parts, new int[] {0});

    assertEquals(expected.size(), columns.count());
    for (int seq = 0; seq < expected.size(); seq++) {
      long[] e = expected.get(seq);
      String where = "seed " + seed + ", seq " + seq;
      assertEquals(e[0], columns.line(seq), where);
      assertEquals(e[1], columns.pid().get(seq), where);
      assertEquals(e[2], columns.size().get(seq), where);
      assertEquals(e[3], columns.stackId().get(seq), where);
      assertEquals(EventKind.of((int) e[4]), columns.kind(seq), where);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void aColumnZeroEverywhereHasNoChunks(int partCount) {
    List<PartEvents> parts = new ArrayList<>();
    for (int p = 0; p < partCount; p++) {
      EventChunks events = new EventChunks();
      for (int i = 0; i < C + 5; i++) {
        events.addServerEvent(EventKind.ALLOC.ordinal(), i + 1, 7, 0, 1, 0x1000, 64, 1);
      }
      parts.add(new PartEvents(events, 0, new int[0]));
    }

    EventColumns columns = EventColumns.concat(parts, new int[] {0});

    assertEquals(0, columns.device().get(columns.count() - 1));
    assertEquals(7, columns.pid().get(columns.count() - 1));
    assertNull(columns.bufferPtr().boxed(0), "no event has a Buffer*");
  }

  /** Each part's events all have the part's first stack, written as zeros: the second part's is the trace's stack 1. */
  @Test
  void partsWhoseOnlyStackIsTheirFirstKeepTheirOwn() {
    List<PartEvents> parts = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      EventChunks events = new EventChunks();
      for (int i = 0; i < 3; i++) {
        events.add(new EventDraft().start(EventKind.ALLOC, i + 1).stackId(0), i + 1);
      }
      parts.add(new PartEvents(events, 0, new int[] {p}));
    }

    EventColumns columns = EventColumns.concat(parts, new int[] {0});

    assertEquals(0, columns.stackId().get(2));
    assertEquals(1, columns.stackId().get(3));
    assertEquals(1, columns.stackId().get(5));
  }

  /**
   * A part longer than the sixteen chunks a column starts with, whose events all have its first
   * stack (written as zeros, so no stack chunk exists): every event gets the trace's stack 1.
   */
  @Test
  void aLongPartWithoutStackChunksIsMappedWhole() {
    EventChunks events = new EventChunks();
    int rows = 17 * C + 3;
    EventDraft draft = new EventDraft();
    for (int i = 0; i < rows; i++) {
      events.add(draft.start(EventKind.ALLOC, i + 1).stackId(0), i + 1);
    }

    EventColumns columns = EventColumns.concat(List.of(new PartEvents(events, 0, new int[] {1})), new int[] {0});

    assertEquals(1, columns.stackId().get(0));
    assertEquals(1, columns.stackId().get(rows - 1));
  }
}
