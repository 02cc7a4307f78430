package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.store.EventColumns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The peak of each (device, buffer type): the most bytes held at once, after which event it was
 * first held, how many allocations were open then, and what was left at the end, from the
 * {@link LiveBytes} series and one pass over the lifetimes.
 */
public final class UsagePeaks {
  private final List<LiveSeries> series;
  private final int[] liveAtPeak;

  private UsagePeaks(List<LiveSeries> series, int[] liveAtPeak) {
    this.series = series;
    this.liveAtPeak = liveAtPeak;
  }

  /** The peaks of {@code series}, the bytes held over {@code trace}. */
  public static UsagePeaks of(AnalyzedTrace trace, List<LiveSeries> series) {
    Map<List<Object>, Integer> index = new HashMap<>();
    for (int s = 0; s < series.size(); s++) {
      index.put(key(series.get(s).device(), series.get(s).bufferType()), s);
    }
    Lifetimes lifetimes = trace.lifetimes();
    EventColumns events = trace.events();
    int[] live = new int[series.size()];
    for (int i = 0; i < lifetimes.count(); i++) {
      int seq = lifetimes.allocSeq(i);
      BufferType type = events.bufferType(seq);
      int s = index.get(key(events.device().boxed(seq), type == null ? null : type.name()));
      int peak = series.get(s).peakSeq();
      if (seq <= peak && (lifetimes.endSeq(i) < 0 || lifetimes.endSeq(i) > peak)) {
        live[s]++;
      }
    }
    return new UsagePeaks(series, live);
  }

  private static List<Object> key(Integer device, String bufferType) {
    return java.util.Arrays.asList(device, bufferType);
  }

  public int rowCount() {
    return series.size();
  }

  /** The series of row {@code row}: its device, buffer type, peak and final bytes. */
  public LiveSeries series(int row) {
    return Objects.requireNonNull(series.get(row));
  }

  /** Allocations of the row's (device, buffer type) open right after its peak event. */
  public int liveAtPeak(int row) {
    return liveAtPeak[row];
  }
}
