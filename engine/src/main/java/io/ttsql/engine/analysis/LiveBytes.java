package io.ttsql.engine.analysis;

import io.ttsql.engine.ByteTotals;
import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The bytes held per (device, buffer type) over a trace, from its lifetimes, as the device holds
 * them: a key holds the size of the allocation that opened it from that allocation's alloc_seq
 * until the end_seq of its last open allocation (to the end of the log when nothing ended it). A
 * ref-counted duplicate adds no bytes; an allocation that creates the key again while older ones
 * are left open (their frees lost) replaces the key's size with its own, and so does the enhanced
 * server's resize of a held key. The server's keys are (device, address), as its map has them; a
 * buffer debug log records every buffer apart, so there a DRAM and an L1 buffer at one address
 * (two address spaces) are two keys; a graph-capture (hooked) buffer, which has no real address,
 * and one that does not own its memory (a view of another's) hold nothing and take nothing from
 * the key. The debug log has no reference counts, so a second owning buffer at an address still
 * open creates its key again, as a server allocation in the new-key form does. One sweep over the
 * event sequence.
 */
public final class LiveBytes {
  private static final Comparator<LiveSeries> ORDER = Comparator
      .comparing(LiveSeries::device, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
      .thenComparing(LiveSeries::bufferType, Comparator.nullsLast(Comparator.<String>naturalOrder()));
  /** The key of a lifetime that holds no bytes. */
  private static final int NO_KEY = -1;

  private LiveBytes() {}

  /** One series per (device, buffer type) that has an allocation, by device then buffer type. */
  public static List<LiveSeries> of(AnalyzedTrace trace) {
    Lifetimes lifetimes = trace.lifetimes();
    EventColumns events = trace.events();
    KeyIndex index = new KeyIndex();
    KeyIndex heldKeys = new KeyIndex();
    List<SeriesKey> keys = new ArrayList<>();
    int[] seriesOf = new int[lifetimes.count()];
    long[] sizeOf = new long[lifetimes.count()];
    int[] keyOf = new int[lifetimes.count()];
    for (int i = 0; i < lifetimes.count(); i++) {
      int seq = lifetimes.allocSeq(i);
      int series = seriesId(index, events, seq);
      if (series == keys.size()) {
        keys.add(new SeriesKey(events.device().boxed(seq), BufferType.nameOf(events.bufferType(seq))));
      }
      seriesOf[i] = series;
      sizeOf[i] = events.size().isNull(seq) ? 0 : events.size().get(seq);
      boolean debugLog = LogFormat.BUFFER_DEBUG.sqlName().equals(trace.trace().formatOf(seq));
      boolean holdsNothing = debugLog
          && (Boolean.TRUE.equals(events.hooked().boxed(seq)) || Boolean.FALSE.equals(events.ownsData().boxed(seq)));
      keyOf[i] = holdsNothing ? NO_KEY : heldKeys.idOf(lifetimes.key(i), debugLog ? series : -1);
    }
    StoredSizeChanges resizes = lifetimes.storedSizeChanges();
    int[] resizedKey = new int[resizes.count()];
    for (int r = 0; r < resizes.count(); r++) {
      resizedKey[r] = heldKeys.idOf(resizes.key(r), -1); // a server key, as its allocations'
    }
    Sweep sweep = new Sweep(keys.size());
    LifetimeEnds ends = LifetimeEnds.of(lifetimes, events.count());
    // Per key: its open lifetimes of the current generation, the one that opened it, the
    // generation (the times an allocation created it again: older lifetimes no longer hold it),
    // and the bytes it holds.
    int[] openOnKey = new int[heldKeys.size()];
    int[] opener = new int[heldKeys.size()];
    int[] generationOfKey = new int[heldKeys.size()];
    int[] generationOf = new int[lifetimes.count()];
    long[] heldSize = new long[heldKeys.size()];
    int next = 0;
    int nextResize = 0;
    for (int seq = 0; seq < events.count(); seq++) {
      if (nextResize < resizes.count() && resizes.seq(nextResize) == seq) {
        int key = resizedKey[nextResize++];
        if (openOnKey[key] > 0) {
          sweep.add(seriesOf[opener[key]], events.size().get(seq) - heldSize[key]);
          heldSize[key] = events.size().get(seq);
        }
      }
      for (; next < lifetimes.count() && lifetimes.allocSeq(next) == seq; next++) {
        int key = keyOf[next];
        if (key == NO_KEY) {
          sweep.add(seriesOf[next], 0); // its series exists even if only such allocations name it
          continue;
        }
        if (openOnKey[key] == 0) {
          opener[key] = next;
          heldSize[key] = sizeOf[next];
          sweep.add(seriesOf[next], sizeOf[next]);
        } else if (!lifetimes.joinedKey(next)) {
          // The key created again over allocations left open (their frees lost): a new generation.
          sweep.add(seriesOf[opener[key]], -heldSize[key]);
          generationOfKey[key]++;
          opener[key] = next;
          openOnKey[key] = 0;
          heldSize[key] = sizeOf[next];
          sweep.add(seriesOf[next], sizeOf[next]);
        } else {
          sweep.add(seriesOf[next], 0);
        }
        generationOf[next] = generationOfKey[key];
        openOnKey[key]++;
      }
      for (int j = ends.from(seq); j < ends.to(seq); j++) {
        int ended = ends.lifetime(j);
        int key = keyOf[ended];
        if (key != NO_KEY && generationOf[ended] == generationOfKey[key] && --openOnKey[key] == 0) {
          sweep.add(seriesOf[opener[key]], -heldSize[key]);
        }
      }
      sweep.endEvent(seq);
    }
    List<LiveSeries> series = sweep.series(keys);
    series.sort(ORDER);
    return series;
  }

  /** The dense id, in {@code index}, of the (device, buffer type) of event {@code seq}. */
  static int seriesId(KeyIndex index, EventColumns events, int seq) {
    BufferType type = events.bufferType(seq);
    return index.idOf(KeyIndex.nullableInt(events.device().isNull(seq), events.device().get(seq)),
        type == null ? -1 : type.ordinal());
  }

  /** A series' identity. */
  private record SeriesKey(Integer device, String bufferType) {}

  /**
   * The running bytes of every series, and the points recorded after each event that changed them,
   * kept in log order in flat arrays and split by series at the end. The running bytes are exact
   * past 2^63-1 (so frees bring them back right), as is each series' peak; a point records them
   * saturated there.
   */
  private static final class Sweep {
    private final ByteTotals held;
    private final ByteTotals peaks;
    /** Per series, the index among its points of its peak: the first of the most bytes. */
    private final int[] peakPoint;
    private final IntList touched = new IntList();
    private final boolean[] isTouched;
    private final int[] pointsPerSeries;
    private final IntList pointSeries = new IntList();
    private final IntList pointSeqs = new IntList();
    private long[] pointBytes = new long[1024];

    Sweep(int seriesCount) {
      held = new ByteTotals(seriesCount);
      peaks = new ByteTotals(seriesCount);
      peakPoint = new int[seriesCount];
      isTouched = new boolean[seriesCount];
      pointsPerSeries = new int[seriesCount];
    }

    void add(int series, long delta) {
      held.add(series, delta);
      if (!isTouched[series]) {
        isTouched[series] = true;
        touched.add(series);
      }
    }

    void endEvent(int seq) {
      for (int t = 0; t < touched.size(); t++) {
        int s = touched.get(t);
        record(s, seq, held.bigint(s));
        if (pointsPerSeries[s] == 1 || held.exceeds(s, peaks, s)) {
          peaks.set(s, held, s);
          peakPoint[s] = pointsPerSeries[s] - 1;
        }
        isTouched[s] = false;
      }
      touched.clear();
    }

    private void record(int series, int seq, long bytes) {
      int i = pointSeqs.size();
      if (i == pointBytes.length) {
        pointBytes = Arrays.copyOf(pointBytes, 2 * i);
      }
      pointBytes[i] = bytes;
      pointSeries.add(series);
      pointSeqs.add(seq);
      pointsPerSeries[series]++;
    }

    /** The series named by {@code keys}, each with its points. */
    List<LiveSeries> series(List<SeriesKey> keys) {
      int[][] seqs = new int[keys.size()][];
      long[][] bytes = new long[keys.size()][];
      for (int s = 0; s < keys.size(); s++) {
        seqs[s] = new int[pointsPerSeries[s]];
        bytes[s] = new long[pointsPerSeries[s]];
      }
      int[] filled = new int[keys.size()];
      for (int i = 0; i < pointSeqs.size(); i++) {
        int s = pointSeries.get(i);
        seqs[s][filled[s]] = pointSeqs.get(i);
        bytes[s][filled[s]++] = pointBytes[i];
      }
      List<LiveSeries> series = new ArrayList<>();
      for (int s = 0; s < keys.size(); s++) {
        series.add(new LiveSeries(keys.get(s).device(), keys.get(s).bufferType(), seqs[s], bytes[s], peakPoint[s]));
      }
      return series;
    }
  }
}
