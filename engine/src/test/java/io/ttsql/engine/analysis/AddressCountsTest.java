package io.ttsql.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.EventDraft;
import io.ttsql.engine.store.Trace;
import io.ttsql.engine.store.TraceAssembler;
import io.ttsql.engine.store.TracePart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counting the events in consecutive ranges and combining the ranges gives exactly the summary of
 * one pass (whose answers AddressSummaryTest works out by hand): on seeded random traces whose few
 * addresses recur across every range, with NULL devices, unknown frees, exits and destructors.
 */
class AddressCountsTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20_261_125})
  void rangesCombineIntoTheSinglePassSummary(long seed) {
    EventColumns events = randomTrace(new SplittableRandom(seed), 2000).events();
    Lifetimes lifetimes = LifetimePairer.pair(events);
    List<String> onePass = rows(AddressSummary.of(events, () -> lifetimes, 1));
    assertTrue(onePass.size() > 10, "enough addresses: " + onePass.size());
    for (int slices : new int[] {2, 3, 7, 2000}) {
      assertEquals(onePass, rows(AddressSummary.of(events, () -> lifetimes, slices)), "seed " + seed + ", " + slices + " slices");
    }
  }

  /**
   * Past the first chunk of 65,536 rows, where the counts read the columns a chunk at a time: the
   * allocations, frees and unknown frees of every (device, address) are those a plain count over
   * the trace's row accessors finds, for one pass and for ranges that start inside chunks.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void countsReadEveryChunk(int slices) {
    EventColumns events = randomTrace(new SplittableRandom(7), 200_000).events();
    Map<String, int[]> expected = new LinkedHashMap<>();
    for (int seq = 0; seq < events.count(); seq++) {
      EventKind kind = events.kind(seq);
      if (events.address().isNull(seq) || kind == EventKind.DESTRUCTOR) {
        continue;
      }
      String key = events.device().boxed(seq) + "|" + events.address().get(seq);
      expected.computeIfAbsent(key, k -> new int[3])[kind.ordinal()]++;
    }
    AddressSummary summary = AddressSummary.of(events, () -> null, slices);
    Map<String, int[]> counted = new LinkedHashMap<>();
    for (int r = 0; r < summary.rowCount(); r++) {
      counted.put(summary.device(r) + "|" + summary.address(r),
          new int[] {summary.allocs(r), summary.frees(r), summary.unknownFrees(r)});
    }
    assertEquals(expected.keySet(), counted.keySet());
    expected.forEach((key, counts) -> assertArrayEquals(counts, counted.get(key), key));
  }

  private static List<String> rows(AddressSummary summary) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < summary.rowCount(); r++) {
      rows.add(String.join("|", String.valueOf(summary.device(r)), String.valueOf(summary.address(r)),
          String.valueOf(summary.allocs(r)), String.valueOf(summary.frees(r)), String.valueOf(summary.unknownFrees(r)),
          String.valueOf(summary.distinctSizes(r)), summary.sizes(r), String.valueOf(summary.bufferType(r)),
          String.valueOf(summary.firstSeq(r)), String.valueOf(summary.lastSeq(r)), String.valueOf(summary.leaks(r)),
          String.valueOf(summary.overlapped(r))));
    }
    return rows;
  }

  private static Trace randomTrace(SplittableRandom random, int count) {
    TracePart part = new TracePart();
    BufferType[] types = {BufferType.DRAM, BufferType.L1, BufferType.L1_SMALL};
    for (int line = 1; line <= count; line++) {
      EventDraft e = part.draft();
      int pick = random.nextInt(20);
      EventKind kind = pick < 9 ? EventKind.ALLOC : pick < 17 ? EventKind.FREE : pick < 19 ? EventKind.UNKNOWN_FREE
          : random.nextBoolean() ? EventKind.PROCESS_EXIT : EventKind.DESTRUCTOR;
      e.start(kind, line).pid(1 + random.nextInt(3));
      if (kind != EventKind.PROCESS_EXIT) {
        e.address(0x1000L * (1 + random.nextInt(12)));
        if (random.nextInt(10) > 0) {
          e.device(random.nextInt(4));
        }
        if (kind == EventKind.ALLOC || kind == EventKind.FREE) {
          e.size(1024L << random.nextInt(4)).bufferType(types[random.nextInt(types.length)]);
        }
      }
      part.addEvent(e, 1);
    }
    TraceAssembler assembler = new TraceAssembler();
    assembler.addFile("random.log", "server", 0, List.of(part), new long[] {count}, 0, null);
    return assembler.build();
  }
}
