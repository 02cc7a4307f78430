package io.ttsql.engine.analysis;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntList;
import java.util.List;
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
    Lifetimes lifetimes = trace.lifetimes();
    EventColumns events = trace.events();
    KeyIndex index = new KeyIndex();
    IntList seriesOfId = new IntList();
    int[] live = new int[series.size()];
    for (int i = 0; i < lifetimes.count(); i++) {
      int seq = lifetimes.allocSeq(i);
      int id = LiveBytes.seriesId(index, events, seq);
      if (id == seriesOfId.size()) {
        seriesOfId.add(indexOf(series, events.device().boxed(seq), BufferType.nameOf(events.bufferType(seq))));
      }
      int s = seriesOfId.get(id);
      int peak = series.get(s).peakSeq();
      if (seq <= peak && (lifetimes.endSeq(i) < 0 || lifetimes.endSeq(i) > peak)) {
        live[s]++;
      }
    }
    return new UsagePeaks(series, live);
  }

  private static int indexOf(List<LiveSeries> series, Integer device, String bufferType) {
    for (int s = 0; s < series.size(); s++) {
      if (Objects.equals(series.get(s).device(), device) && Objects.equals(series.get(s).bufferType(), bufferType)) {
        return s;
      }
    }
    throw new IllegalStateException("no series for device " + device + ", " + bufferType);
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
