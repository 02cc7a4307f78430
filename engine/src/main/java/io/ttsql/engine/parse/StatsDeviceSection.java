package io.ttsql.engine.parse;

import io.ttsql.engine.store.DeviceStats;
import io.ttsql.engine.store.TracePart;
import java.util.ArrayList;
import java.util.List;

/**
 * One device's section of a statistics block: its {@code Device <dev>:} line and its four figure
 * lines, {@code Buffers}, {@code DRAM}, {@code L1} and {@code Total} (FORMATS.md 1.8). A section
 * that ends with all four, once each, is a {@code server_stats} row; one that lacks any (cut by
 * the end of the log or a new block, or a line lost to interleaving) or repeats one (two blocks
 * interleaved) lists its lines in {@code parse_errors} rather than give a row with invented or
 * overwritten figures (FORMATS.md 5.4: missing fields make an error).
 */
final class StatsDeviceSection {
  /** The figure lines, in the order the server prints them. */
  private static final List<String> FIGURES = List.of("Buffers", "DRAM", "L1", "Total");
  private static final int ALL_FIGURES = (1 << FIGURES.size()) - 1;

  private final BlockLines lines = new BlockLines();
  private final long[] values = new long[FIGURES.size()];
  private boolean open;
  private int device;
  private int seen;
  /** The first figure seen twice, or null. */
  private String repeated;
  private boolean inKb;

  /** Opens the section of {@code device} at its {@code Device} line, {@code number}. */
  void open(int device, long number, byte[] buf, int start, int end) {
    this.device = device;
    open = true;
    seen = 0;
    repeated = null;
    inKb = false;
    lines.clear();
    lines.add(number, buf, start, end);
  }

  boolean isOpen() {
    return open;
  }

  /**
   * Takes the figure line {@code number} of the open section.
   *
   * @param figure {@code Buffers}, {@code DRAM}, {@code L1} or {@code Total}
   * @param kb whether the line printed KB only, so that {@code value} is rounded
   */
  void figure(String figure, long value, boolean kb, long number, byte[] buf, int start, int end) {
    int index = FIGURES.indexOf(figure);
    if ((seen & 1 << index) != 0 && repeated == null) {
      repeated = figure;
    }
    values[index] = value;
    seen |= 1 << index;
    inKb |= kb;
    lines.add(number, buf, start, end);
  }

  /**
   * Closes the open section: with all four figures once each, its lines count as recognised and
   * its figures come back; otherwise its lines go to {@code parse_errors} and null comes back.
   */
  DeviceStats close(TracePart out) {
    open = false;
    if (seen == ALL_FIGURES && repeated == null) {
      out.recognized(lines.count());
      return new DeviceStats(device, values[0], values[1], values[2], values[3], inKb);
    }
    String fault = repeated != null ? "repeat the " + repeated + " line" : "lack " + missing();
    lines.reportAll(out, "statistics for device " + device + " " + fault, TracePart.NO_LINE);
    return null;
  }

  /** The figures not seen, as {@code the L1 line} or {@code the DRAM, L1 and Total lines}. */
  private String missing() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < FIGURES.size(); i++) {
      if ((seen & 1 << i) == 0) {
        names.add(FIGURES.get(i));
      }
    }
    String last = names.remove(names.size() - 1);
    return names.isEmpty() ? "the " + last + " line" : "the " + String.join(", ", names) + " and " + last + " lines";
  }
}
