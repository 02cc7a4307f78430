package io.ttsql.engine.parse;

import io.ttsql.engine.store.DeviceStats;
import io.ttsql.engine.store.TracePart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Assembles the lines of a server statistics block ({@code 📊 Current Statistics:} through {@code
 * Active allocations:}) into one {@code server_stats} row per device.
 */
final class StatsBlockReader {
  private final TracePart out;
  private final TemplateMatchers templates;
  private final List<DeviceStats> devices = new ArrayList<>();
  private long blockLine = -1;
  private long seqBefore = -1;
  private Integer device;
  private long buffers;
  private long dram;
  private long l1;
  private long total;
  private boolean inKb;

  StatsBlockReader(TracePart out, TemplateMatchers templates) {
    this.out = out;
    this.templates = templates;
  }

  /**
   * Takes {@code line} if it belongs to a statistics block.
   *
   * @return true if it did; false if the line is not a statistics line
   * @throws IllegalStateException for a statistics line outside a block
   * @throws NumberFormatException for a figure beyond 64 bits, or beyond a BIGINT ({@link BigintLimit})
   */
  boolean accept(String line, long number) {
    if (templates.matches(ServerTemplates.STATS_TITLE, line)) {
      flush(-1);
      blockLine = number;
      seqBefore = out.eventCount() - 1L;
      return true;
    }
    Matcher m;
    if ((m = templates.match(ServerTemplates.STATS_DEVICE, line)) != null) {
      requireOpen();
      endDevice();
      device = Integer.parseInt(m.group(1));
      return true;
    }
    if ((m = templates.match(ServerTemplates.STATS_BUFFERS, line)) != null) {
      requireDevice();
      buffers = BigintLimit.check("Buffers", Long.parseUnsignedLong(m.group(1)));
      return true;
    }
    if ((m = templates.match(ServerTemplates.STATS_BYTES, line)) != null) {
      requireDevice();
      boolean kb = m.group(2) == null;
      long bytes = kb
          ? BigintLimit.checkKilobytes(m.group(1), m.group(3))
          : BigintLimit.check(m.group(1), Long.parseUnsignedLong(m.group(2)));
      inKb |= kb;
      switch (m.group(1)) {
        case "DRAM" -> dram = bytes;
        case "L1" -> l1 = bytes;
        default -> total = bytes;
      }
      return true;
    }
    if ((m = templates.match(ServerTemplates.STATS_ACTIVE, line)) != null) {
      requireOpen();
      flush(BigintLimit.check("Active allocations", Long.parseUnsignedLong(m.group(1))));
      return true;
    }
    return false;
  }

  /** Emits a block cut short (by the end of the log or a new block) without its active count. */
  void end() {
    flush(-1);
  }

  private void requireOpen() {
    if (blockLine < 0) {
      throw new IllegalStateException("statistics line outside a statistics block");
    }
  }

  private void requireDevice() {
    requireOpen();
    if (device == null) {
      throw new IllegalStateException("statistics line before any Device line");
    }
  }

  private void endDevice() {
    if (device != null) {
      devices.add(new DeviceStats(device, buffers, dram, l1, total, inKb));
    }
    device = null;
    buffers = dram = l1 = total = 0;
    inKb = false;
  }

  private void flush(long active) {
    if (blockLine < 0) {
      return;
    }
    endDevice();
    out.serverStats(blockLine, seqBefore, devices, active);
    devices.clear();
    blockLine = -1;
  }
}
