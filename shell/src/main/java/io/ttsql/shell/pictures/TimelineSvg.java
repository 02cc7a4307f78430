package io.ttsql.shell.pictures;

import io.ttsql.engine.Counted;
import io.ttsql.engine.analysis.LiveSeries;
import io.ttsql.engine.model.BufferType;
import io.ttsql.shell.output.TextWidth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Draws a {@link Timeline} as one SVG element: a panel per buffer type (their scales differ by
 * orders of magnitude), a step line per device, a dot on each line's peak, a red dashed line per
 * process exit and a blue line per restart of the server (one per pixel column); the legend gives
 * each line's peak and, when not zero, what it still held at the end of the log. Hovering a dot, a
 * legend entry, an exit or a restart line tells the numbers.
 */
final class TimelineSvg {
  private static final int WIDTH = 1200;
  private static final int LEFT = 78;
  /** Room for "device 7", "peak 1023.9 MB" and "end 1023.9 MB" side by side. */
  private static final int LEGEND = 280;
  private static final int PLOT_WIDTH = WIDTH - LEFT - LEGEND - 12;
  private static final int TOP = 64;
  private static final int TITLE_ROW = 24;
  private static final int AXIS_ROWS = 40;
  private static final int LEGEND_ROW = 16;
  private static final int MIN_PLOT_HEIGHT = 150;
  /** Exits and restarts are labelled only while there are this few of a kind; more are drawn fainter. */
  private static final int MOST_MARKER_LABELS = 20;
  /** The widest a character of a marker's 10 px label is likely to be, in pixels. */
  private static final double LABEL_CHAR_WIDTH = 5.6;
  /** Pixels between a marker's line and its label, and at least between two labels. */
  private static final int LABEL_GAP = 3;
  /** The pids that the hover text of a line shared by several exits names. */
  private static final int MOST_LISTED_PIDS = 10;

  private final Timeline timeline;
  private final StringBuilder out = new StringBuilder();
  /** The labels of a panel's markers, drawn after its lines so that no line or peak dot covers them. */
  private final StringBuilder markerLabels = new StringBuilder();
  private final long seqEnd;
  private final boolean clock;

  private TimelineSvg(Timeline timeline) {
    this.timeline = timeline;
    this.seqEnd = Math.max(1, timeline.eventCount());
    this.clock = timeline.eventCount() > 0 && timeline.clockAt(timeline.eventCount() - 1) != null;
  }

  /** The {@code <svg>} element of {@code timeline}. */
  static String render(Timeline timeline) {
    return new TimelineSvg(timeline).draw();
  }

  private String draw() {
    Map<String, List<LiveSeries>> panels = panels();
    int height = TOP + 40;
    for (List<LiveSeries> panel : panels.values()) {
      height += TITLE_ROW + plotHeight(panel) + AXIS_ROWS;
    }
    out.append(Markup.svgOpen("ttsql-timeline", WIDTH, height, "sans-serif", "timeline.css"));
    text("title", WIDTH / 2, 24, "middle", "Bytes held per device and buffer type");
    text("subtitle", WIDTH / 2, 44, "middle", subtitle());
    int y = TOP;
    boolean first = true;
    for (Map.Entry<String, List<LiveSeries>> panel : panels.entrySet()) {
      y = panel(panel.getKey(), panel.getValue(), y, first);
      first = false;
    }
    if (panels.isEmpty()) {
      text("empty", WIDTH / 2, TOP + 20, "middle", "Nothing to draw: the logs have no allocation.");
    } else {
      text("caption", LEFT + PLOT_WIDTH / 2, y + 6, "middle",
          clock ? "event seq (below it, the clock of that event in the log)" : "event seq (the order of events in the log)");
    }
    out.append("</svg>\n");
    return out.toString();
  }

  /** The logs and what the marks mean; long paths show their ends, so that the line fits the picture. */
  private String subtitle() {
    int exits = timeline.exits().size();
    int restarts = timeline.restarts().size();
    String rest = ": " + Counted.of(timeline.eventCount(), "event")
        + "; a dot marks each line's peak" + (exits == 0 ? "" : "; red dashes: " + Counted.of(exits, "process exit"))
        + (restarts == 0 ? "" : "; blue lines: " + Counted.of(restarts, "server restart"));
    return TextWidth.fitEnd(String.join(", ", timeline.files()), Markup.SUBTITLE_CHARS - rest.length()) + rest;
  }

  /** The series grouped by buffer type, in TT-Metal's order of the types. */
  private Map<String, List<LiveSeries>> panels() {
    Map<String, List<LiveSeries>> panels = new TreeMap<>(Comparator.comparingInt(TimelineSvg::typeOrder));
    for (LiveSeries s : timeline.series()) {
      panels.computeIfAbsent(s.bufferType() == null ? "?" : s.bufferType(), t -> new ArrayList<>()).add(s);
    }
    return panels;
  }

  private static int typeOrder(String type) {
    for (BufferType t : BufferType.values()) {
      if (t.name().equals(type)) {
        return t.ordinal();
      }
    }
    return BufferType.values().length;
  }

  private static int plotHeight(List<LiveSeries> panel) {
    return Math.max(MIN_PLOT_HEIGHT, panel.size() * LEGEND_ROW + 8);
  }

  /** Draws one buffer type's panel with its top at {@code top}; returns the top of the next. */
  private int panel(String type, List<LiveSeries> panel, int top, boolean first) {
    int plotTop = top + TITLE_ROW;
    int plotHeight = plotHeight(panel);
    long max = panel.stream().mapToLong(LiveSeries::peakBytes).max().orElse(0);
    long[] yTicks = Ticks.bytes(max);
    Axis y = new Axis(plotTop + plotHeight, plotTop, yTicks[yTicks.length - 1]);
    text("panel-title", LEFT, plotTop - 8, "start", type);
    out.append(String.format(Locale.ROOT, "<rect class=\"plot\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>%n",
        LEFT, plotTop, PLOT_WIDTH, plotHeight));
    for (long tick : yTicks) {
      String at = Markup.num(y.at(tick));
      out.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\"/>", LEFT,
          LEFT + PLOT_WIDTH, at, at));
      text("tick", LEFT - 6, (int) Math.round(y.at(tick)) + 4, "end", Ticks.bytesLabel(tick));
    }
    xAxis(plotTop + plotHeight);
    exits(plotTop, plotHeight, first);
    restarts(plotTop, plotHeight, first);
    for (LiveSeries s : panel) {
      line(s, y);
    }
    out.append(markerLabels);
    markerLabels.setLength(0);
    out.append(TimelineLegend.of(timeline, panel, LEFT + PLOT_WIDTH + 14, plotTop + 12, LEGEND_ROW, LEGEND - 14));
    return plotTop + plotHeight + AXIS_ROWS;
  }

  private void xAxis(int bottom) {
    for (long tick : Ticks.counts(seqEnd)) {
      if (tick > seqEnd) {
        break;
      }
      double x = x(tick);
      out.append(String.format(Locale.ROOT, "<line class=\"tick-mark\" x1=\"%s\" x2=\"%s\" y1=\"%d\" y2=\"%d\"/>",
          Markup.num(x), Markup.num(x), bottom, bottom + 4));
      text("tick", (int) Math.round(x), bottom + 16, "middle", Ticks.countLabel(tick));
      String time = clock ? timeline.clockAt((int) Math.min(tick, seqEnd - 1)) : null;
      if (time != null) {
        text("clock", (int) Math.round(x), bottom + 29, "middle", time);
      }
    }
  }

  /**
   * A red dashed line at each process exit, labelled with its pid on the first panel; the exits of
   * one pixel column share a line, whose hover text counts them.
   */
  private void exits(int plotTop, int plotHeight, boolean labelled) {
    List<Marker> exits = new ArrayList<>();
    for (List<Timeline.Exit> column : byColumn(timeline.exits(), Timeline.Exit::seq)) {
      Timeline.Exit first = column.get(0);
      Timeline.Exit last = column.get(column.size() - 1);
      if (column.size() == 1) {
        String pid = pid(first);
        exits.add(new Marker(first.seq(), String.format(Locale.ROOT,
            "process %s exited at seq %,d (%s): the server reclaimed its buffers", pid, first.seq(),
            timeline.placeOf(first.seq())), "pid " + pid + " exits"));
      } else {
        List<String> pids = column.stream().limit(MOST_LISTED_PIDS).map(TimelineSvg::pid).toList();
        exits.add(new Marker(first.seq(), String.format(Locale.ROOT,
            "%,d processes exited from seq %,d (%s) to seq %,d (%s): the server reclaimed their buffers (pids %s%s)",
            column.size(), first.seq(), timeline.placeOf(first.seq()), last.seq(), timeline.placeOf(last.seq()),
            String.join(", ", pids), column.size() > pids.size() ? ", …" : ""), column.size() + " processes exit"));
      }
    }
    markers("exit", exits, plotTop + 12, plotTop, plotHeight, labelled);
  }

  private static String pid(Timeline.Exit exit) {
    return exit.pid() == null ? "?" : String.valueOf(exit.pid());
  }

  /** A blue line at each restart of the server, labelled on the first panel; the restarts of one pixel column share a line. */
  private void restarts(int plotTop, int plotHeight, boolean labelled) {
    List<Marker> restarts = new ArrayList<>();
    for (List<Integer> column : byColumn(timeline.restarts(), seq -> seq)) {
      int first = column.get(0);
      int last = column.get(column.size() - 1);
      restarts.add(column.size() == 1
          ? new Marker(first, String.format(Locale.ROOT,
              "the allocation server started again at seq %,d (%s): what its earlier run held is gone", first,
              timeline.placeOf(first)), "server restart")
          : new Marker(first, String.format(Locale.ROOT,
              "the allocation server started again %,d times from seq %,d (%s) to seq %,d (%s): what its earlier runs held is gone",
              column.size(), first, timeline.placeOf(first), last, timeline.placeOf(last)), column.size() + " server restarts"));
    }
    markers("restart", restarts, plotTop + plotHeight - 6, plotTop, plotHeight, labelled);
  }

  /**
   * {@code items}, in seq order, grouped by the pixel column they fall in: a line per item would
   * repeat the same pixels, and a log of tens of thousands of exits made an SVG of tens of MB.
   */
  private <T> List<List<T>> byColumn(List<T> items, ToIntFunction<T> seq) {
    List<List<T>> columns = new ArrayList<>();
    long column = Long.MIN_VALUE;
    for (T item : items) {
      long at = (long) Math.floor(x(seq.applyAsInt(item)));
      if (at != column) {
        columns.add(new ArrayList<>());
        column = at;
      }
      columns.get(columns.size() - 1).add(item);
    }
    return columns;
  }

  /** A vertical line across a panel at an event: its hover text and its label. */
  private record Marker(int seq, String title, String label) {}

  /**
   * Draws {@code markers} as lines of class {@code kind}, labelled at height {@code labelY} when
   * asked, few enough and where a label does not run into the one before (the labels wait in
   * {@link #markerLabels}); more than {@link #MOST_MARKER_LABELS} are drawn fainter. A label goes
   * right of its line, or left of it where it would run past the plot into the legend.
   */
  private void markers(String kind, List<Marker> markers, int labelY, int plotTop, int plotHeight, boolean labelled) {
    double labelsEnd = Double.NEGATIVE_INFINITY;
    boolean crowded = markers.size() > MOST_MARKER_LABELS;
    for (Marker marker : markers) {
      double x = x(marker.seq());
      out.append(String.format(Locale.ROOT, "<line class=\"%s%s\" x1=\"%s\" x2=\"%s\" y1=\"%d\" y2=\"%d\"><title>%s</title></line>%n",
          kind, crowded ? " crowded" : "", Markup.num(x), Markup.num(x), plotTop, plotTop + plotHeight,
          Markup.escape(marker.title())));
      double width = marker.label().length() * LABEL_CHAR_WIDTH;
      boolean right = x + LABEL_GAP + width <= LEFT + PLOT_WIDTH;
      double start = right ? x + LABEL_GAP : x - LABEL_GAP - width;
      if (labelled && !crowded && start > labelsEnd + LABEL_GAP) {
        markerLabels.append(Markup.text(kind + "-label", (int) Math.round(right ? start : x - LABEL_GAP), labelY,
            right ? "start" : "end", marker.label()));
        labelsEnd = start + width;
      }
    }
  }

  private void line(LiveSeries s, Axis y) {
    String colour = TimelineLegend.colour(s);
    Downsample points = Downsample.of(s, PLOT_WIDTH, (int) seqEnd);
    StringBuilder d = new StringBuilder("M").append(Markup.num(x(0))).append(' ').append(Markup.num(y.at(0)));
    for (int i = 0; i < points.seqs().length; i++) {
      d.append(" H").append(Markup.num(x(points.seqs()[i]))).append(" V").append(Markup.num(y.at(points.bytes()[i])));
    }
    d.append(" H").append(Markup.num(x(seqEnd)));
    out.append(String.format(Locale.ROOT, "<path class=\"series\" stroke=\"%s\"%s d=\"%s\"/>%n", colour,
        TimelineLegend.dashAttribute(s), d));
    out.append(String.format(Locale.ROOT, "<circle class=\"peak\" cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"%s\"><title>%s</title></circle>%n",
        Markup.num(x(s.peakSeq())), Markup.num(y.at(s.peakBytes())), colour, Markup.escape(TimelineLegend.about(timeline, s))));
  }

  private double x(long seq) {
    return LEFT + (double) seq * PLOT_WIDTH / seqEnd;
  }

  private void text(String cssClass, int x, int y, String anchor, String content) {
    out.append(Markup.text(cssClass, x, y, anchor, content));
  }

  /** A vertical byte scale: 0 at {@code bottom}, {@code top} bytes at {@code topY}. */
  private record Axis(int bottom, int topY, long top) {
    double at(long bytes) {
      return bottom - (double) bytes * (bottom - topY) / Math.max(1, top);
    }
  }
}
