package io.ttsql.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The server log's multi-line output (FORMATS.md 1.3 and 1.8 to 1.12): start-up banners,
 * statistics, dead-process cleanups, the DUMP_REMAINING listing and shutdown.
 */
final class ServerBlocks {
  /** The dump lists the keys of one type on one device only up to this many. */
  private static final int DUMP_LIST_LIMIT = 10;
  private static final byte[] EMPTY = new byte[0];

  private final LineWriter out;

  ServerBlocks(LineWriter out) {
    this.out = out;
  }

  /** The start-up banner of an 8-device Wormhole system, V4 (UMD detection) or V3. */
  void startup(boolean umdDetection) throws IOException {
    line(umdDetection
        ? "🔍 Device detection (using UMD Cluster for accurate specs):"
        : "🔍 Device detection (using TT-Metal APIs):");
    for (int device = 0; device < 8; device++) {
      String remote = device < 4 ? "0" : "1";
      if (umdDetection) {
        line("DRAM size per channel: 1073741824");
        line("Number of DRAM channels: 12");
        line("L1 size per core: 1499136");
        line("Grid size: 8x10");
        line("Arch: Wormhole_B0");
        line("Is remote: " + remote);
      }
      String where = !umdDetection ? "" : device < 4 ? " [Local]" : " [Remote]";
      line("   Device " + device + ": Wormhole_B0 (12GB DRAM, 114MB L1)" + where);
    }
    line("   Total: 8 device(s) detected");
    line("🚀 Allocation Server started");
    line("   Listening on: /tmp/tt_allocation_server.sock");
    line("   Press Ctrl+C to stop");
    line("🔄 Background cleanup thread started (checking every 10s)");
  }

  void statistics(ServerTable table) throws IOException {
    line("");
    line("📊 Current Statistics:");
    for (int device = 0; device < table.devices(); device++) {
      if (table.buffers(device) == 0) {
        continue;
      }
      line("  Device " + device + ":");
      line("    Buffers: " + table.buffers(device));
      line("    DRAM: " + table.dramBytes(device) + " bytes (" + CFloat.g(table.dramBytes(device) / 1024.0) + " KB)");
      line("    L1: " + table.l1Bytes(device) + " bytes (" + CFloat.g(table.l1Bytes(device) / 1024.0) + " KB)");
      line("    Total: " + table.totalBytes(device) + " bytes");
    }
    line("  Active allocations: " + table.size());
  }

  void cleanup(List<LogSink.DeadProcess> dead) throws IOException {
    line("");
    line("⚠️  Detected dead processes, cleaning up orphaned buffers...");
    for (LogSink.DeadProcess d : dead) {
      line("   PID " + d.pid() + " is dead, removing its buffers...");
      line("   ✓ Removed " + d.removed().keys() + " buffers (" + CFloat.g(d.removed().bytes() / 1048576.0)
          + " MB) from PID " + d.pid());
    }
    line("");
  }

  void dumpRemaining(ServerTable table) throws IOException {
    line("📋 Received DUMP_REMAINING request...");
    line("");
    line("╔" + "═".repeat(62) + "╗");
    line("║" + " ".repeat(11) + "REMAINING ALLOCATED BUFFERS" + " ".repeat(23) + "║");
    line("╚" + "═".repeat(62) + "╝");
    line("Total tracked allocations: " + table.size());
    line("");
    if (table.size() == 0) {
      line("✓ No buffers remaining - perfect cleanup!");
    } else {
      listByDevice(table);
      line("Total remaining buffers: " + table.size());
      line("");
    }
    line("📋 DUMP_REMAINING complete.");
  }

  void shutdown() throws IOException {
    line("🔄 Background cleanup thread stopped");
    line("");
    line("🛑 Allocation Server stopped");
  }

  private void listByDevice(ServerTable table) throws IOException {
    BufferKind[] kinds = BufferKind.values();
    int devices = table.devices();
    int[][] counts = new int[devices][kinds.length];
    long[][] bytes = new long[devices][kinds.length];
    List<List<ServerTable.Entry>> listed = new ArrayList<>();
    for (int i = 0; i < devices * kinds.length; i++) {
      listed.add(new ArrayList<>());
    }
    for (ServerTable.Entry e : table.entries()) {
      int k = e.kind.ordinal();
      counts[e.device][k]++;
      bytes[e.device][k] += e.size;
      List<ServerTable.Entry> list = listed.get(e.device * kinds.length + k);
      if (list.size() <= DUMP_LIST_LIMIT) {
        list.add(e);
      }
    }
    for (int device = 0; device < devices; device++) {
      if (table.buffers(device) == 0) {
        continue;
      }
      line("Device " + device + ":");
      for (BufferKind kind : kinds) {
        int n = counts[device][kind.ordinal()];
        if (n == 0) {
          continue;
        }
        line("  " + kind.name() + ": " + n + " buffers, " + CFloat.g(bytes[device][kind.ordinal()] / 1048576.0)
            + " MB total");
        if (n <= DUMP_LIST_LIMIT) {
          for (ServerTable.Entry e : listed.get(device * kinds.length + kind.ordinal())) {
            line("    - Buffer 0x" + Long.toHexString(e.address) + ": " + CFloat.g(e.size / 1024.0) + " KB (PID "
                + e.owner + ", ref_count=" + e.count + ")");
          }
        }
      }
      line("");
    }
  }

  private void line(String text) throws IOException {
    out.text(text.isEmpty() ? EMPTY : LineWriter.utf8(text)).newline();
  }
}
