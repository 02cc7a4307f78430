package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The bytes held per (device, buffer type) over a trace, from its lifetimes: an allocation counts
 * from its alloc_seq up to, not including, its end_seq (to the end of the log when nothing ended
 * it), as the {@code peak-usage} query counts. One sweep over the event sequence.
 */
public final class LiveBytes {
  private static final Comparator<LiveSeries> ORDER = Comparator
      .comparing(LiveSeries::device, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
      .thenComparing(LiveSeries::bufferType, Comparator.nullsLast(Comparator.<String>naturalOrder()));

  private LiveBytes() {}

  /** One series per (device, buffer type) that has an allocation, by device then buffer type. */
  public static List<LiveSeries> of(AnalyzedTrace trace) {
    Lifetimes lifetimes = trace.lifetimes();
    EventColumns events = trace.events();
    Map<SeriesKey, Integer> index = new HashMap<>();
    List<SeriesKey> keys = new ArrayList<>();
    int[] seriesOf = new int[lifetimes.count()];
    long[] sizeOf = new long[lifetimes.count()];
    for (int i = 0; i < lifetimes.count(); i++) {
      int seq = lifetimes.allocSeq(i);
      BufferType type = events.bufferType(seq);
      SeriesKey key = new SeriesKey(events.device().boxed(seq), type == null ? null : type.name());
      seriesOf[i] = index.computeIfAbsent(key, k -> {
        keys.add(k);
        return keys.size() - 1;
      });
      sizeOf[i] = events.size().isNull(seq) ? 0 : events.size().get(seq);
    }
    Sweep sweep = new Sweep(keys.size());
    int[] endStart = endsBySeq(lifetimes, events.count());
    int[] endOrder = lifetimesByEnd(lifetimes, endStart);
    int next = 0;
    for (int seq = 0; seq < events.count(); seq++) {
      for (; next < lifetimes.count() && lifetimes.allocSeq(next) == seq; next++) {
        sweep.add(seriesOf[next], sizeOf[next]);
      }
      for (int j = endStart[seq]; j < endStart[seq + 1]; j++) {
        sweep.add(seriesOf[endOrder[j]], -sizeOf[endOrder[j]]);
      }
      sweep.endEvent(seq);
    }
    List<LiveSeries> series = new ArrayList<>();
    for (int s = 0; s < keys.size(); s++) {
      series.add(new LiveSeries(keys.get(s).device(), keys.get(s).bufferType(),
          sweep.seqs[s].build().toArray(), sweep.bytes[s].build().toArray()));
    }
    series.sort(ORDER);
    return series;
  }

  /** {@code start[seq]} is where the lifetimes ended by {@code seq} begin in {@link #lifetimesByEnd}. */
  private static int[] endsBySeq(Lifetimes lifetimes, int eventCount) {
    int[] start = new int[eventCount + 1];
    for (int i = 0; i < lifetimes.count(); i++) {
      if (lifetimes.endSeq(i) >= 0) {
        start[lifetimes.endSeq(i) + 1]++;
      }
    }
    for (int seq = 0; seq < eventCount; seq++) {
      start[seq + 1] += start[seq];
    }
    return start;
  }

  /** The ended lifetimes ordered by end seq (a counting sort). */
  private static int[] lifetimesByEnd(Lifetimes lifetimes, int[] endStart) {
    int[] order = new int[endStart[endStart.length - 1]];
    int[] fill = endStart.clone();
    for (int i = 0; i < lifetimes.count(); i++) {
      if (lifetimes.endSeq(i) >= 0) {
        order[fill[lifetimes.endSeq(i)]++] = i;
      }
    }
    return order;
  }

  /** A series' identity. */
  private record SeriesKey(Integer device, String bufferType) {}

  /** The running bytes of every series, and the points recorded after each event that changed them. */
  private static final class Sweep {
    private final long[] held;
    private final IntStream.Builder[] seqs;
    private final LongStream.Builder[] bytes;
    private final IntList touched = new IntList();
    private final boolean[] isTouched;

    Sweep(int seriesCount) {
      held = new long[seriesCount];
      seqs = new IntStream.Builder[seriesCount];
      bytes = new LongStream.Builder[seriesCount];
      isTouched = new boolean[seriesCount];
      for (int s = 0; s < seriesCount; s++) {
        seqs[s] = IntStream.builder();
        bytes[s] = LongStream.builder();
      }
    }

    void add(int series, long delta) {
      held[series] += delta;
      if (!isTouched[series]) {
        isTouched[series] = true;
        touched.add(series);
      }
    }

    void endEvent(int seq) {
      for (int t = 0; t < touched.size(); t++) {
        int s = touched.get(t);
        seqs[s].add(seq);
        bytes[s].add(held[s]);
        isTouched[s] = false;
      }
      touched.clear();
    }
  }
}
