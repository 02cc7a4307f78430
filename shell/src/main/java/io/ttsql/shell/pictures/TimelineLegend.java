package io.ttsql.shell.pictures;

import io.ttsql.engine.analysis.LiveSeries;
import io.ttsql.udf.SizeFunctions;
import java.util.List;
import java.util.Locale;

/** A timeline panel's legend: per device its colour, its peak and what it still held at the end. */
final class TimelineLegend {
  /** Device colours (Tableau 10), one per device modulo 10. */
  private static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#79706e"
  };

  private TimelineLegend() {}

  /** The legend of {@code panel}, its first entry's baseline at ({@code x}, {@code y}), one entry a {@code row}. */
  static String of(Timeline timeline, List<LiveSeries> panel, int x, int y, int row) {
    StringBuilder out = new StringBuilder();
    int baseline = y;
    for (LiveSeries s : panel) {
      out.append(String.format(Locale.ROOT, "<g class=\"legend\"><title>%s</title>", Markup.escape(about(timeline, s))));
      out.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\"/>", x, x + 18,
          baseline - 4, baseline - 4, colour(s)));
      text(out, x + 24, baseline, "device " + device(s));
      text(out, x + 86, baseline, "peak " + SizeFunctions.humanBytes(s.peakBytes()));
      if (s.finalBytes() != 0) {
        text(out, x + 166, baseline, "end " + SizeFunctions.humanBytes(s.finalBytes()));
      }
      out.append("</g>\n");
      baseline += row;
    }
    return out.toString();
  }

  /** The line colour of a device; black for allocations without one. */
  static String colour(LiveSeries s) {
    return s.device() == null ? "#000000" : PALETTE[Math.floorMod(s.device(), PALETTE.length)];
  }

  /** What hovering a series' peak or legend entry tells. */
  static String about(Timeline timeline, LiveSeries s) {
    return String.format(Locale.ROOT, "device %s %s: peak %s (%,d bytes) after seq %,d (%s); %s held at the end",
        device(s), s.bufferType(), SizeFunctions.humanBytes(s.peakBytes()), s.peakBytes(), s.peakSeq(),
        timeline.placeOf(s.peakSeq()), SizeFunctions.humanBytes(s.finalBytes()));
  }

  private static String device(LiveSeries s) {
    return s.device() == null ? "?" : s.device().toString();
  }

  private static void text(StringBuilder out, int x, int y, String content) {
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x, y, Markup.escape(content)));
  }
}
