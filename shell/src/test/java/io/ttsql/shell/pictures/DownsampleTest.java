package io.ttsql.shell.pictures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.analysis.LiveBytes;
import io.ttsql.engine.analysis.LiveSeries;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Thinning a long series keeps few points, in order, and the exact peak. */
class DownsampleTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42})
  void keepsThePeakAndTheShapeOfEachColumn(long seed) throws Exception {
    // 3000 allocations of random sizes, each freed after a random number of others: 6000 changes.
    SplittableRandom random = new SplittableRandom(seed);
    List<String> lines = new ArrayList<>();
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      lines.add(String.format(Locale.ROOT, "✓ [PID 1] Allocated %d bytes of DRAM on device 0 (buffer_id=0x%x)",
          1024 * (1 + random.nextInt(64)), 0x1000 * (i + 1)));
      open.add(i);
      while (!open.isEmpty() && random.nextInt(3) == 0) {
        int id = open.remove(random.nextInt(open.size()));
        lines.add(String.format(Locale.ROOT, "✗ [PID 1] Freed buffer 0x%x on device 0 (0 bytes, FINAL)", 0x1000 * (id + 1)));
      }
    }
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", lines.toArray(String[]::new))) {
      LiveSeries series = LiveBytes.of(Ttsql.traces(q.connection()).values().iterator().next()).get(0);
      int events = lines.size();
      Downsample thin = Downsample.of(series, 100, events);
      assertTrue(thin.seqs().length <= 404, "seed " + seed + ": " + thin.seqs().length + " points");
      for (int i = 1; i < thin.seqs().length; i++) {
        assertTrue(thin.seqs()[i - 1] < thin.seqs()[i], "seed " + seed + ": seqs ascend");
      }
      int peak = indexOf(thin.seqs(), series.peakSeq());
      assertTrue(peak >= 0, "seed " + seed + ": the peak's seq is kept");
      assertEquals(series.peakBytes(), thin.bytes()[peak], "seed " + seed);
      assertEquals(series.peakBytes(), java.util.Arrays.stream(thin.bytes()).max().orElseThrow(), "seed " + seed);
      assertEquals(series.finalBytes(), thin.bytes()[thin.bytes().length - 1], "seed " + seed);
      Downsample whole = Downsample.of(series, 100_000, events);
      assertEquals(series.count(), whole.seqs().length, "seed " + seed + ": a short series is kept whole");
      assertArrayEquals(new long[] {series.bytes(0), series.bytes(1)}, new long[] {whole.bytes()[0], whole.bytes()[1]});
    }
  }

  private static int indexOf(int[] values, int value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
