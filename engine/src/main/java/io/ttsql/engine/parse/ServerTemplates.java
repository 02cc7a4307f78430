package io.ttsql.engine.parse;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whole-line templates of the server log's rarer lines (FORMATS.md section 1), as regular
 * expressions: the ones that carry an event or statistics, and the ones that are only recognised.
 */
final class ServerTemplates {
  /** {@code ⚠} with or without U+FE0F, then one or more spaces. */
  private static final String WARN = "\u26A0\uFE0F? +";
  private static final Pattern WARNING_SIGN = Pattern.compile(WARN);
  /** Text that only an event's line holds (see {@link #holdsSplicedEvent}). */
  private static final Pattern EVENT_START =
      Pattern.compile("\\[PID |PID -?\\d+ is dead, removing its buffers|Warning: Deallocation for unknown buffer "
          + "|🚀 (?:Enhanced )?Allocation Server started");
  private static final String INT = "(-?\\d+)";
  private static final String UINT = "(\\d+)";
  private static final String ID = "(0[xX][0-9a-fA-F]+|\\d+)";
  static final String FLOAT = "[0-9][0-9.e+-]*";
  private static final String TYPE = "(?:DRAM|L1|SYSTEM_MEMORY|L1_SMALL|TRACE)";
  private static final String HISTORY_EVENT = "(?:ALLOC|FREE|REUSE) size=\\d+ pid=-?\\d+ ref=\\d+";

  /** Groups: pid, id, device. */
  static final Pattern UNKNOWN_FREE =
      Pattern.compile(WARN + "\\[PID " + INT + "\\] Deallocation for unknown buffer " + ID + " on device " + INT
          + " \\((?:allocated before tracking started|never tracked or allocated before server started)\\)");
  /** Group: id. */
  static final Pattern UNKNOWN_FREE_NO_PID = Pattern.compile(WARN + "Warning: Deallocation for unknown buffer " + ID);
  /** Groups: pid, id, device (the enhanced server's double free). */
  static final Pattern ALREADY_FREED =
      Pattern.compile(WARN + "\\[PID " + INT + "\\] Deallocation for ALREADY FREED buffer " + ID + " on device " + INT
          + " \\(allocs=\\d+ frees=\\d+\\)");
  /** Groups: pid, new size, id (always decimal), device (the enhanced server's change of a key's stored size). */
  static final Pattern BUFFER_RESIZED =
      Pattern.compile(WARN + "\\[PID " + INT + "\\] Buffer reused with DIFFERENT size: old=\\d+ new=" + UINT
          + " \\(buffer_id=" + UINT + ", device=" + INT + "\\)");
  /** Group: pid. */
  static final Pattern PROCESS_DEAD = Pattern.compile("   PID " + INT + " is dead, removing its buffers\\.\\.\\.");

  static final Pattern STATS_TITLE = Pattern.compile("📊 Current Statistics:");
  /** Group: device. */
  static final Pattern STATS_DEVICE = Pattern.compile("  Device " + INT + ":");
  /** Group: buffers. */
  static final Pattern STATS_BUFFERS = Pattern.compile("    Buffers: " + UINT);
  /** Groups: field (DRAM, L1, Total), bytes (or null), KB (or null). */
  static final Pattern STATS_BYTES =
      Pattern.compile("    (DRAM|L1|Total): (?:" + UINT + " bytes(?: \\(" + FLOAT + " KB\\))?|(" + FLOAT + ") KB)");
  /** Group: active allocations. */
  static final Pattern STATS_ACTIVE = Pattern.compile("  Active allocations: " + UINT);

  static final Pattern KERNEL_DUMP_START = Pattern.compile("║ *DETAILED KERNEL ALLOCATIONS *║");
  static final Pattern KERNEL_DUMP_END = Pattern.compile("📋 DUMP_KERNELS complete\\.");
  /** The start-up banner of both servers (an event): a dump cut short by a killed server ends here at the latest. */
  static final Pattern SERVER_STARTED =
      Pattern.compile("🚀 (?:Allocation Server started|Enhanced Allocation Server started \\(with history tracking\\))");

  /** Lines that are understood but carry no event: banners, diagnostics, dumps, CB and kernel lines. */
  static final List<Pattern> RECOGNISED =
      compile(
          // start-up (after the banner, an event) and shutdown (1.3, 1.12, 1.13)
          "   Listening on: .+",
          "   Press Ctrl\\+C to stop",
          "🔄 Background cleanup thread started \\(checking every \\d+s\\)",
          "🔄 Background cleanup thread stopped",
          "🛑 Allocation Server stopped",
          "🔍 Device detection \\(using (?:TT-Metal APIs|UMD Cluster for accurate specs)\\):",
          "   Device -?\\d+: \\w+ \\(\\d+GB DRAM, \\d+MB L1\\)(?: \\[(?:Local|Remote)\\])?",
          "   Total: \\d+ (?:PCIe )?device\\(s\\) detected",
          "   No (?:PCIe )?devices detected",
          "   Server will track allocations (?:anyway|without device info)",
          "   Warning: Found \\d+ devices, limiting to 8",
          "   Warning: Could not query device -?\\d+: .*",
          "   Error during device detection: .*",
          "DRAM size per channel: \\d+",
          "Number of DRAM channels: \\d+",
          "L1 size per core: \\d+",
          "Grid size: \\d+x\\d+",
          "Arch: \\w+",
          "Is remote: [01]",
          "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*",
          // warnings and errors (1.7)
          WARN + "\\[PID -?\\d+\\] Invalid buffer_type \\d+(?: for buffer \\d+ on device -?\\d+)?",
          WARN + "Invalid device_id -?\\d+ - ignoring message",
          WARN + "Invalid size \\d+ - ignoring message",
          WARN + "Invalid buffer_type \\d+ for buffer \\d+ on device -?\\d+",
          WARN + "Too many consecutive errors \\(\\d+\\) - closing connection \\(likely protocol mismatch\\)",
          "Unknown message type: \\d+",
          "Accept failed",
          "Error: .*",
          // dead-process cleanup (1.9)
          WARN + "Detected dead processes, cleaning up orphaned buffers\\.\\.\\.",
          "   ✓ Removed \\d+ (?:buffers|CBs|kernels) \\(" + FLOAT + " MB\\) from PID -?\\d+",
          // DUMP_REMAINING (1.10) and the enhanced server's history (1.13)
          "📋 Received DUMP_(?:REMAINING|KERNELS) request\\.\\.\\.",
          "📋 DUMP_REMAINING complete\\.",
          "╔═+╗",
          "╚═+╝",
          "║.*║",
          "Total tracked allocations: \\d+",
          "✓ No buffers remaining - perfect cleanup!",
          "Device -?\\d+:",
          "  " + TYPE + ": \\d+ buffers, " + FLOAT + " MB total",
          "    - Buffer 0[xX][0-9a-fA-F]+: " + FLOAT + " KB \\(PID -?\\d+, ref_count=\\d+\\)",
          "Total remaining buffers: \\d+",
          "   Last 5 events for this buffer:",
          "     " + HISTORY_EVENT,
          "      History \\(allocs=\\d+ frees=\\d+\\):",
          "        " + HISTORY_EVENT,
          "Buffer 0[xX][0-9a-fA-F]+ on device -?\\d+:",
          "  Total allocs: \\d+, Total frees: \\d+",
          "  History:",
          "    " + HISTORY_EVENT);

  private ServerTemplates() {}

  /** The recognised lines above, then the V4 circular-buffer and kernel lines (1.11). */
  private static List<Pattern> compile(String... regexes) {
    return Stream.concat(Arrays.stream(regexes).map(Pattern::compile), CbKernelLines.wholeLines().stream()).toList();
  }

  /**
   * True if the start of an event stands inside {@code line} other than right after a warning
   * sign at its start: a line of another writer, a timestamped logger line say, with an event
   * spliced into it, which no template may take as a whole. The events are those that name a
   * {@code [PID }, a dead-process cleanup's PID, the unknown deallocation without a PID and the
   * start-up banner.
   */
  static boolean holdsSplicedEvent(String line) {
    Matcher m = EVENT_START.matcher(line);
    return m.find(1) && !WARNING_SIGN.matcher(line).region(0, m.start()).matches();
  }

  /** True if {@code line} is one of the {@link #RECOGNISED} lines. */
  static boolean recognised(String line, TemplateMatchers templates) {
    for (Pattern p : RECOGNISED) {
      if (templates.matches(p, line)) {
        return true;
      }
    }
    return false;
  }
}
