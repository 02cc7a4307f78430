package io.ttsql.engine.parse;

import io.ttsql.engine.store.DeviceStats;
import io.ttsql.engine.store.TracePart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Assembles the lines of a server statistics block ({@code 📊 Current Statistics:} through {@code
 * Active allocations:}) into one {@code server_stats} row per whole device section (see {@link
 * StatsDeviceSection}), and accounts for each of its lines.
 */
final class StatsBlockReader {
  private final TracePart out;
  private final TemplateMatchers templates;
  private final List<DeviceStats> devices = new ArrayList<>();
  private final StatsDeviceSection section = new StatsDeviceSection();
  private long blockLine = -1;
  private long seqBefore = -1;
  private boolean anySection;

  StatsBlockReader(TracePart out, TemplateMatchers templates) {
    this.out = out;
    this.templates = templates;
  }

  /**
   * Takes {@code line}, line {@code number} of the log held in {@code buf[start, end)}, if it
   * belongs to a statistics block; a device section's lines are counted, or listed as parse
   * errors, when the section ends.
   *
   * @return true if it did; false if the line is not a statistics line
   * @throws IllegalStateException for a statistics line outside a block
   * @throws NumberFormatException for a figure beyond 64 bits, or beyond a BIGINT ({@link BigintLimit})
   */
  boolean accept(String line, long number, byte[] buf, int start, int end) {
    if (templates.matches(ServerTemplates.STATS_TITLE, line)) {
      flush(-1);
      blockLine = number;
      seqBefore = out.eventCount() - 1L;
      anySection = false;
      out.recognized(1);
      return true;
    }
    Matcher m;
    if ((m = templates.match(ServerTemplates.STATS_DEVICE, line)) != null) {
      requireOpen();
      closeSection();
      section.open(NumberFields.signedInt("device", m.group(1)), number, buf, start, end);
      anySection = true;
      return true;
    }
    if ((m = templates.match(ServerTemplates.STATS_BUFFERS, line)) != null) {
      requireSection();
      section.figure("Buffers", BigintLimit.check("Buffers", NumberFields.unsigned("Buffers", m.group(1))), false, number, buf,
          start, end);
      return true;
    }
    if ((m = templates.match(ServerTemplates.STATS_BYTES, line)) != null) {
      requireSection();
      boolean kb = m.group(2) == null;
      long bytes = kb
          ? BigintLimit.checkKilobytes(m.group(1), m.group(3))
          : BigintLimit.check(m.group(1), NumberFields.unsigned(m.group(1), m.group(2)));
      section.figure(m.group(1), bytes, kb, number, buf, start, end);
      return true;
    }
    if ((m = templates.match(ServerTemplates.STATS_ACTIVE, line)) != null) {
      requireOpen();
      flush(BigintLimit.check("Active allocations", NumberFields.unsigned("Active allocations", m.group(1))));
      out.recognized(1);
      return true;
    }
    return false;
  }

  /** Whether a block is open: its title was read and its active count not yet. */
  boolean isOpen() {
    return blockLine >= 0;
  }

  /** Emits a block cut short (by the end of the log or a new block) without its active count. */
  void end() {
    flush(-1);
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("statistics line outside a statistics block");
    }
  }

  private void requireSection() {
    requireOpen();
    if (!section.isOpen()) {
      throw new IllegalStateException("statistics line before any Device line");
    }
  }

  private void closeSection() {
    if (section.isOpen()) {
      DeviceStats stats = section.close(out);
      if (stats != null) {
        devices.add(stats);
      }
    }
  }

  private void flush(long active) {
    if (!isOpen()) {
      return;
    }
    closeSection();
    if (!anySection && active >= 0) {
      devices.add(DeviceStats.NO_DEVICE); // the server held nothing, as its active count says
    }
    out.serverStats(blockLine, seqBefore, devices, active);
    devices.clear();
    blockLine = -1;
  }
}
