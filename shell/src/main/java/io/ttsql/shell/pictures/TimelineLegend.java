package io.ttsql.shell.pictures;

import io.ttsql.engine.ByteTotals;
import io.ttsql.engine.analysis.LiveSeries;
import java.util.List;
import java.util.Locale;

/** A timeline panel's legend: per device its colour, its peak and what it still held at the end. */
final class TimelineLegend {
  /** Device colours (Tableau 10), one per device modulo 10; {@link #dashAttribute} tells the tens apart. */
  private static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#79706e"
  };

  /** The widest a character of the legend's sans-serif text is likely to be, in pixels. */
  private static final double CHAR_WIDTH = 6.2;

  private TimelineLegend() {}

  /**
   * The legend of {@code panel}, its first entry's baseline at ({@code x}, {@code y}), one entry a
   * {@code row}, within {@code width} pixels: columns widen for long device numbers, and the bytes
   * held at the end, also in each entry's hover text, are left out when they no longer fit.
   */
  static String of(Timeline timeline, List<LiveSeries> panel, int x, int y, int row, int width) {
    StringBuilder out = new StringBuilder();
    int peakX = x + 24 + columnWidth(panel.stream().map(s -> "device " + device(s)).toList(), 62);
    int endX = peakX + columnWidth(panel.stream().map(s -> "peak " + ByteTotals.human(s.peakBytes())).toList(), 80);
    boolean endFits = endX + textWidth(panel.stream().map(s -> "end " + ByteTotals.human(s.finalBytes())).toList())
        <= x + width;
    int baseline = y;
    for (LiveSeries s : panel) {
      out.append(String.format(Locale.ROOT, "<g class=\"legend\"><title>%s</title>", Markup.escape(about(timeline, s))));
      out.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\"%s/>", x, x + 18,
          baseline - 4, baseline - 4, colour(s), dashAttribute(s)));
      text(out, x + 24, baseline, "device " + device(s));
      text(out, peakX, baseline, "peak " + ByteTotals.human(s.peakBytes()));
      if (endFits) {
        text(out, endX, baseline, "end " + ByteTotals.human(s.finalBytes()));
      }
      out.append("</g>\n");
      baseline += row;
    }
    return out.toString();
  }

  /** Pixels a legend column takes: its longest text and a gap, at least {@code least}. */
  private static int columnWidth(List<String> texts, int least) {
    return Math.max(least, textWidth(texts) + 8);
  }

  /** Pixels the longest of {@code texts} takes. */
  private static int textWidth(List<String> texts) {
    return (int) Math.ceil(texts.stream().mapToInt(String::length).max().orElse(0) * CHAR_WIDTH);
  }

  /**
   * The stroke pattern of a device's line, as an SVG attribute: solid for devices 0 to 9, dotted
   * for 10 to 19, dash-dotted for 20 to 29, dash-dot-dotted for 30 to 39 (and so on in turn), so
   * that devices ten apart, which share a colour, differ on a 32-chip Galaxy; plain dashes are the
   * process exits'.
   */
  static String dashAttribute(LiveSeries s) {
    int tens = s.device() == null ? 0 : Math.floorMod(Math.floorDiv(s.device(), PALETTE.length), 4);
    return switch (tens) {
      case 1 -> " stroke-dasharray=\"2 2\"";
      case 2 -> " stroke-dasharray=\"8 3 2 3\"";
      case 3 -> " stroke-dasharray=\"8 3 2 3 2 3\"";
      default -> "";
    };
  }

  /** The line colour of a device; black for allocations without one. */
  static String colour(LiveSeries s) {
    return s.device() == null ? "#000000" : PALETTE[Math.floorMod(s.device(), PALETTE.length)];
  }

  /** What hovering a series' peak or legend entry tells. */
  static String about(Timeline timeline, LiveSeries s) {
    return String.format(Locale.ROOT, "device %s %s: peak %s (%,d bytes) after seq %,d (%s); %s held at the end",
        device(s), s.bufferType(), ByteTotals.human(s.peakBytes()), s.peakBytes(), s.peakSeq(),
        timeline.placeOf(s.peakSeq()), ByteTotals.human(s.finalBytes()));
  }

  private static String device(LiveSeries s) {
    return s.device() == null ? "?" : s.device().toString();
  }

  private static void text(StringBuilder out, int x, int y, String content) {
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", x, y, Markup.escape(content)));
  }
}
