package io.ttsql.shell.pictures;

import io.ttsql.engine.Counted;
import io.ttsql.shell.output.TextWidth;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Draws a {@link FlameGraph} as one self-contained SVG element (inline style and script, no
 * network): the root {@code all} at the bottom, callees above, the frame nearest the buffer code
 * on top; widths proportional to the weight. Hovering shows a frame's function, weight and share,
 * clicking zooms into it, and Search highlights the frames whose function matches.
 */
final class FlameGraphSvg {
  private static final int WIDTH = 1200;
  private static final int PAD = 10;
  private static final int FRAME_HEIGHT = 16;
  private static final int ROW = FRAME_HEIGHT + 1;
  private static final int TOP = 76;
  /** Frames narrower than this many pixels are left out, as flamegraph.pl does. */
  private static final double MIN_WIDTH = 0.1;

  private final FlameGraph graph;
  private final StringBuilder out = new StringBuilder();
  private final Set<FrameFamily> families = EnumSet.noneOf(FrameFamily.class);
  private final int levels;
  private final BigInteger total;

  private FlameGraphSvg(FlameGraph graph) {
    this.graph = graph;
    this.total = graph.root().weight();
    // Rows for the frames drawn only: a deep stack too narrow to draw would leave empty rows on top.
    this.levels = graph.root().height(this::drawn);
  }

  /** The {@code <svg>} element of {@code graph}. */
  static String render(FlameGraph graph) {
    return new FlameGraphSvg(graph).draw();
  }

  private String draw() {
    boolean drawsFrames = total.signum() > 0;
    int framesBottom = TOP + (drawsFrames ? levels * ROW : 30);
    int height = framesBottom + 52;
    out.append(Markup.svgOpen("ttsql-flame", WIDTH, height, "monospace", "flamegraph.css"));
    text("title", WIDTH / 2, 24, "middle", graph.weight().title());
    text("subtitle", WIDTH / 2, 44, "middle", subtitle());
    // With nothing drawn there is nothing to zoom into, search, hover or explain: no links, hint or legend.
    if (drawsFrames) {
      text("reset", PAD, 64, "start", "Reset zoom");
      text("search", WIDTH - PAD, 64, "end", "Search");
      // Right-aligned before the search link at its widest ("Clear search", set by flamegraph.js).
      text("matched", WIDTH - PAD - (int) Math.ceil("Clear search".length() * LabelFit.CHAR_WIDTH) - 12, 64, "end", "");
    }
    out.append("<g class=\"frames\">\n");
    if (drawsFrames) {
      frame(graph.root(), 0, BigInteger.ZERO);
    } else {
      text("empty", WIDTH / 2, TOP + 20, "middle", "Nothing to draw: the selected lifetimes have no " + graph.weight().quantity() + ".");
    }
    out.append("</g>\n");
    boolean noStacks = graph.lifetimes() > 0 && graph.stacklessLifetimes() == graph.lifetimes();
    text("details", PAD, framesBottom + 20, "start", noStacks
        ? "No lifetime has a call stack: only the buffer debug log (tt_buffer_debug.log) records stacks."
        : drawsFrames ? "Hover over a frame for its function, weight and share; click it to zoom in." : "");
    if (drawsFrames) {
      legend(framesBottom + 42);
    }
    out.append("<script><![CDATA[\n").append(Markup.resource("flamegraph.js")).append("]]></script>\n");
    out.append("</svg>\n");
    return out.toString();
  }

  /** {@code 16.3 MB (17,039,360 bytes) in all, from 26 lifetimes where device = 0; 3 without a call stack…}. */
  private String subtitle() {
    StringBuilder s = new StringBuilder(graph.weight().describe(total));
    s.append(" in all, from ").append(Counted.of(graph.lifetimes(), "lifetime"));
    s.append(graph.condition() == null ? " (all)" : " where " + graph.condition());
    if (graph.stacklessLifetimes() > 0) {
      s.append(String.format(Locale.ROOT, "; %,d without a call stack, under (no stack)", graph.stacklessLifetimes()));
    }
    return TextWidth.fit(s.toString(), Markup.SUBTITLE_CHARS);
  }

  private void frame(FlameNode node, int level, BigInteger start) {
    if (!drawn(node)) {
      return;
    }
    double width = width(node.weight());
    double x = PAD + width(start);
    int y = TOP + (levels - 1 - level) * ROW;
    FrameLabel label = node.label();
    families.add(label.family());
    out.append(String.format(Locale.ROOT, "<g class=\"f\" data-s=\"%d\" data-v=\"%d\" data-l=\"%d\" data-n=\"%s\"%s>",
        start, node.weight(), level, Markup.escape(label.name()),
        label.shortName().equals(label.name()) ? "" : " data-short=\"" + Markup.escape(label.shortName()) + "\""));
    out.append("<title>").append(Markup.escape(label.name() + "\n" + graph.weight().describe(node.weight())
        + ", " + share(node.weight()))).append("</title>");
    out.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%d\" width=\"%s\" height=\"%d\" rx=\"2\" fill=\"%s\"/>",
        Markup.num(x), y, Markup.num(width), FRAME_HEIGHT, label.family().colour(label.name())));
    out.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\">%s</text></g>%n",
        Markup.num(x + 3), y + 12, Markup.escape(LabelFit.fit(label, width))));
    BigInteger childStart = start;
    for (FlameNode child : node.children()) {
      frame(child, level + 1, childStart);
      childStart = childStart.add(child.weight());
    }
  }

  /** Whether {@code node} is at least {@link #MIN_WIDTH} wide, and so drawn. */
  private boolean drawn(FlameNode node) {
    return width(node.weight()) >= MIN_WIDTH;
  }

  /** The pixels {@code weight} takes of the width between the paddings, which the total fills. */
  private double width(BigInteger weight) {
    return weight.doubleValue() * (WIDTH - 2.0 * PAD) / total.doubleValue();
  }

  /** {@code 45.25%}, or {@code <0.01%} for a sliver. */
  private String share(BigInteger weight) {
    double percent = 100.0 * weight.doubleValue() / total.doubleValue();
    return percent > 0 && percent < 0.01 ? "<0.01% of all" : String.format(Locale.ROOT, "%.2f%% of all", percent);
  }

  private void legend(int y) {
    double x = PAD;
    out.append("<g class=\"legend\">");
    for (FrameFamily family : families) {
      if (family == FrameFamily.ROOT) {
        continue;
      }
      out.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%d\" width=\"12\" height=\"12\" rx=\"2\" fill=\"%s\"/>",
          Markup.num(x), y - 10, family.swatch()));
      out.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\">%s</text>", Markup.num(x + 16), y,
          Markup.escape(family.legend())));
      x += 16 + family.legend().length() * LabelFit.CHAR_WIDTH + 18;
    }
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", WIDTH - PAD, y,
        "outermost caller at the bottom, the frame nearest the buffer code on top"));
    out.append("</g>\n");
  }

  private void text(String cssClass, int x, int y, String anchor, String content) {
    out.append(Markup.text(cssClass, x, y, anchor, content));
  }
}
