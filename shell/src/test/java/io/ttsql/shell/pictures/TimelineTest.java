package io.ttsql.shell.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.analysis.LiveBytes;
import io.ttsql.engine.analysis.LiveSeries;
import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.queries.QueryLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The memory timeline: exact peaks, the process exits, and agreement with the {@code peak-usage} query. */
class TimelineTest {
  @TempDir Path dir;

  @Test
  void marksEachPeakAndEachProcessExit() throws Exception {
    // Device 0 DRAM holds 4096, 12288, 8192 (seq 3 frees 0x1000), then 24576 at seq 4: its peak,
    // until PID 1 dies at seq 6 (the cleanup block) and the server takes its buffers back.
    // Device 0 L1 holds PID 2's 1024 from seq 2 on, with PID 1's 2048 on top at seq 5: peak 3072.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 8192 bytes of DRAM on device 0 (buffer_id=0x2000)",
        "✓ [PID 2] Allocated 1024 bytes of L1 on device 0 (buffer_id=0x3000)",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
        "✓ [PID 1] Allocated 16384 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 2048 bytes of L1 on device 0 (buffer_id=0x4000)",
        "",
        "⚠️  Detected dead processes, cleaning up orphaned buffers...",
        "   PID 1 is dead, removing its buffers...",
        "   ✓ Removed 3 buffers (0.0253906 MB) from PID 1",
        "")) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      List<String> peaks = svg.elements("circle", "peak").stream().map(SvgDocument::title).toList();
      String file = dir.resolve("debug.log").toString();
      assertEquals(List.of(
          "device 0 DRAM: peak 24 KB (24,576 bytes) after seq 4 (" + file + ":5); 0 B held at the end",
          "device 0 L1: peak 3 KB (3,072 bytes) after seq 5 (" + file + ":6); 1 KB held at the end"), peaks);
      List<String> exits = svg.elements("line", "exit").stream().map(SvgDocument::title).toList();
      // One exit line per panel (DRAM, L1), both at seq 6, the cleanup's PID line (line 9).
      assertEquals(2, exits.size());
      assertEquals("process 1 exited at seq 6 (" + file + ":9): the server reclaimed its buffers", exits.get(0));
      assertEquals(List.of("DRAM", "L1"), svg.elements("text", "panel-title").stream().map(Element::getTextContent).toList());
      assertTrue(svg.text("subtitle").endsWith("7 events; a dot marks each line's peak; red dashes: 1 process exit"), svg.text("subtitle"));
    }
  }

  @Test
  void aLongPathShowsItsEndAndLabelsAreDrawnOverTheLines() throws Exception {
    // A 150-character folder: the whole path would run off both sides of the 1200-pixel picture,
    // so the subtitle keeps the path's end after an ellipsis and stays within 160 characters.
    // The exit's label comes after the series in the document, so no line or peak dot covers it.
    Path folder = java.nio.file.Files.createDirectories(dir.resolve("run-" + "x".repeat(150)));
    try (QueryFixture q = QueryFixture.ofLog(folder, "debug.log",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "",
        "⚠️  Detected dead processes, cleaning up orphaned buffers...",
        "   PID 1 is dead, removing its buffers...",
        "   ✓ Removed 1 buffers (0.00390625 MB) from PID 1",
        "")) {
      String raw = Timeline.of(trace(q)).svg();
      String subtitle = SvgDocument.parse(raw).text("subtitle");
      assertTrue(subtitle.length() <= 160 && subtitle.startsWith("…") && subtitle.endsWith(
          "xxxx/debug.log: 2 events; a dot marks each line's peak; red dashes: 1 process exit"), subtitle);
      assertTrue(raw.indexOf("class=\"exit-label\"") > raw.lastIndexOf("class=\"series\""), raw);
    }
  }

  @Test
  void aServerRestartIsDrawnWhereWhatItsEarlierRunHeldDrops() throws Exception {
    // The first run holds 4096 bytes of DRAM on device 0 (seq 1) when the server starts again
    // (seq 2, line 3); the new run holds 1024 (seq 3). The restart ends the 4096, so the peak is
    // 4 KB after seq 1 and 1 KB is held at the end. The first banner (seq 0) draws no line.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "🚀 Allocation Server started",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "🚀 Allocation Server started",
        "✓ [PID 2] Allocated 1024 bytes of DRAM on device 0 (buffer_id=0x2000)")) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      String file = dir.resolve("debug.log").toString();
      assertEquals(List.of("device 0 DRAM: peak 4 KB (4,096 bytes) after seq 1 (" + file + ":2); 1 KB held at the end"),
          svg.elements("circle", "peak").stream().map(SvgDocument::title).toList());
      assertEquals(List.of("the allocation server started again at seq 2 (" + file + ":3): what its earlier run held is gone"),
          svg.elements("line", "restart").stream().map(SvgDocument::title).toList());
      assertTrue(svg.text("subtitle").endsWith("4 events; a dot marks each line's peak; blue lines: 1 server restart"),
          svg.text("subtitle"));
      assertEquals(1, svg.elements("text", "restart-label").size());
    }
  }

  @Test
  void aServerLogsFirstBannerAfterAnotherLogIsNoRestart() throws Exception {
    // StackedLog's five events (seqs 0-4) loaded before a server log in one schema: the server's
    // banner is seq 5, after the first event, but it is that server's first start and ends nothing
    // (the debug log's allocations stay open, the server held nothing yet), so no restart is drawn.
    Path stacks = QueryFixture.writeLog(dir, "tt_buffer_debug.log", StackedLog.lines());
    Path server = QueryFixture.writeLog(dir, "debug.log",
        "🚀 Allocation Server started",
        "✓ [PID 2] Allocated 1024 bytes of DRAM on device 0 (buffer_id=0x2000)");
    try (QueryFixture q = QueryFixture.open(stacks + ";" + server)) {
      assertEquals(List.of(), q.rows("select alloc_seq from lifetimes where end_reason = 'server_restart'"));
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      assertEquals(List.of(), svg.elements("line", "restart").stream().map(SvgDocument::title).toList());
      assertTrue(svg.text("subtitle").endsWith("7 events; a dot marks each line's peak"), svg.text("subtitle"));
    }
  }

  @Test
  void manyRestartsAreDrawnFaintAndUnlabelled() throws Exception {
    // 21 restarts, one more than are labelled: 21 faint lines in the one DRAM panel, no label.
    List<String> log = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      log.add("🚀 Allocation Server started");
      log.add("✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)");
    }
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", log.toArray(String[]::new))) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      assertEquals(21, svg.elements("line", "restart crowded").size());
      assertEquals(0, svg.elements("text", "restart-label").size());
    }
  }

  @Test
  void exitsInOnePixelColumnShareALine() throws Exception {
    // Three processes die in one cleanup (seqs 1 to 3), then 5,000 allocations follow: about six
    // seqs a pixel, so the three exits fall in one column and are one line, which counts them.
    List<String> log = new ArrayList<>(List.of(
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "",
        "⚠️  Detected dead processes, cleaning up orphaned buffers...",
        "   PID 1 is dead, removing its buffers...",
        "   ✓ Removed 1 buffers (0.00390625 MB) from PID 1",
        "   PID 2 is dead, removing its buffers...",
        "   ✓ Removed 0 buffers (0 MB) from PID 2",
        "   PID 3 is dead, removing its buffers...",
        "   ✓ Removed 0 buffers (0 MB) from PID 3",
        ""));
    for (int i = 0; i < 5000; i++) {
      log.add("✓ [PID 9] Allocated 1024 bytes of DRAM on device 0 (buffer_id=" + (0x100000 + i * 0x400) + ")");
    }
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", log.toArray(String[]::new))) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      String file = dir.resolve("debug.log").toString();
      assertEquals(List.of("3 processes exited from seq 1 (" + file + ":4) to seq 3 (" + file
              + ":8): the server reclaimed their buffers (pids 1, 2, 3)"),
          svg.elements("line", "exit").stream().map(SvgDocument::title).toList());
      assertEquals(List.of("3 processes exit"), svg.elements("text", "exit-label").stream().map(Element::getTextContent).toList());
      assertTrue(svg.text("subtitle").endsWith("red dashes: 3 process exits"), svg.text("subtitle"));
    }
  }

  @Test
  void exitLabelsNeitherOverlapNorRunIntoTheLegend() throws Exception {
    // Ten processes with 7-digit pids each allocate 9 buffers and die: 100 events, exits at seqs
    // 9, 19, …, 99. The plot is 830 px wide (x 78 to 908), 8.3 px a seq, so the exit lines stand
    // 83 px apart, less than a label "pid 4194000 exits" takes (78 px in Arial, 90 in DejaVu Sans,
    // up to 95 px at 5.6 px a character): every other label is drawn. The last exit (seq 99, x 899.7)
    // has no room for its label before the legend at x 922, so that label ends left of its line.
    List<String> log = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      int pid = 4194000 + k;
      for (int j = 1; j <= 9; j++) {
        log.add("✓ [PID " + pid + "] Allocated 1024 bytes of DRAM on device 0 (buffer_id=" + 4096 * (10 * k + j) + ")");
      }
      log.addAll(List.of("", "⚠️  Detected dead processes, cleaning up orphaned buffers...",
          "   PID " + pid + " is dead, removing its buffers...", "   ✓ Removed 9 buffers (0.00878906 MB) from PID " + pid, ""));
    }
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log", log.toArray(String[]::new))) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      List<Element> labels = svg.elements("text", "exit-label");
      assertEquals(List.of("pid 4194000 exits", "pid 4194002 exits", "pid 4194004 exits", "pid 4194006 exits",
          "pid 4194009 exits"), labels.stream().map(Element::getTextContent).toList());
      Element last = labels.get(labels.size() - 1);
      assertEquals("end", last.getAttribute("text-anchor"));
      assertTrue(Double.parseDouble(last.getAttribute("x")) < 900, last.getAttribute("x"));
      assertEquals(List.of("start"), labels.subList(0, 4).stream().map(e -> e.getAttribute("text-anchor")).distinct().toList());
    }
  }

  @Test
  void devicesTenApartShareAColourButNotAStroke() throws Exception {
    // Ten colours: devices 1, 11, 21 and 31 (a 32-chip Galaxy) are all orange; their strokes are
    // solid, dotted, dash-dotted and dash-dot-dotted (plain dashes are process exits). A long garbage device number widens the legend's
    // device column instead of running into the peak.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 1 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 11 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 21 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 31 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 1839204 (buffer_id=0x1000)")) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      List<Element> lines = svg.elements("path", "series");
      assertEquals(List.of("#f28e2b", "#f28e2b", "#f28e2b", "#f28e2b"),
          lines.subList(0, 4).stream().map(e -> e.getAttribute("stroke")).toList());
      assertEquals(List.of("", "2 2", "8 3 2 3", "8 3 2 3 2 3"),
          lines.subList(0, 4).stream().map(e -> e.getAttribute("stroke-dasharray")).toList());
      List<Element> legend = svg.elements("g", "legend");
      Element last = legend.get(legend.size() - 1);
      List<Element> texts = new ArrayList<>();
      for (Node n = last.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getLocalName().equals("text")) {
          texts.add(e);
        }
      }
      assertEquals("device 1839204", texts.get(0).getTextContent());
      double deviceX = Double.parseDouble(texts.get(0).getAttribute("x"));
      double peakX = Double.parseDouble(texts.get(1).getAttribute("x"));
      assertTrue(peakX - deviceX >= "device 1839204".length() * 6, "the peak starts after the device: " + (peakX - deviceX));
    }
  }

  @Test
  void theLegendHasRoomForPeaksAndEndsInMegabytes() throws Exception {
    // Device 0 holds 36,800,000 + 25,480,000 bytes (peak 59.4 MB), then frees the first: it ends
    // holding 25,480,000 (24.3 MB). Both figures fit beside "device 0": the end, what leaked, was
    // left out of every entry when the texts came out one pixel wider than the legend.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 1] Allocated 36800000 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 25480000 bytes of DRAM on device 0 (buffer_id=0x4000000)",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (36800000 bytes, FINAL)")) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      assertEquals("device 0peak 59.4 MBend 24.3 MB",
          svg.elements("g", "legend").get(0).getTextContent().replaceAll("^device 0 DRAM: .*? held at the end", ""));
    }
  }

  @Test
  void theLegendSaysWhenALineEndsHoldingNothing() throws Exception {
    // Device 0 allocates 4096 bytes and frees them: it ends holding 0 B, the answer to "did it
    // leak", and says so as the other entries do; with the end left out, it read like an entry
    // whose end had no room.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 1] Allocated 4096 bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)")) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      assertEquals("device 0peak 4 KBend 0 B",
          svg.elements("g", "legend").get(0).getTextContent().replaceAll("^device 0 DRAM: .*? held at the end", ""));
    }
  }

  @Test
  void bytesHeldPastABigintReadAsTheMostABigintHoldsOrMore() throws Exception {
    // Two garbage sizes of 2^63-1 and 1 KB, never freed: device 0 DRAM holds 2^63-1, then
    // 2^64-2, then 2^64+1022 to the end, the last two beyond a BIGINT: they read as 2^63-1 "or
    // more", and the peak is the largest exact sum, after seq 2 (line 3). Wrapping around, the
    // end read 1022 B and the peak was seq 0; one more 2^63-1 left it at -8 EB, below the plot.
    String max = Long.toString(Long.MAX_VALUE);
    try (QueryFixture q = QueryFixture.ofLog(dir, "server.log",
        "✓ [PID 1] Allocated " + max + " bytes of DRAM on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated " + max + " bytes of DRAM on device 0 (buffer_id=0x2000)",
        "✓ [PID 1] Allocated 1024 bytes of DRAM on device 0 (buffer_id=0x3000)")) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      assertEquals(List.of("device 0 DRAM: peak 8 EB or more (9,223,372,036,854,775,807 bytes) after seq 2 ("
              + dir.resolve("server.log") + ":3); 8 EB or more held at the end"),
          svg.elements("circle", "peak").stream().map(SvgDocument::title).toList());
      // The end, too wide beside the peak now, is left out of the entry (it is in the hover text).
      assertEquals("device 0peak 8 EB or more",
          svg.elements("g", "legend").get(0).getTextContent().replaceAll("^device 0 DRAM: .*? held at the end", ""));
      assertEquals(List.of("peak_bytes=" + max + "; peak=8 EB; peak_seq=2; final_bytes=" + max),
          q.rows("select peak_bytes, peak, peak_seq, final_bytes from ("
              + QueryLibrary.standard().get("peak-usage").bind(Map.of()) + ") as p"));
    }
  }

  @Test
  void theDebugLogsClockLabelsTheSeqAxis() throws Exception {
    try (QueryFixture q = QueryFixture.ofLog(dir, "tt_buffer_debug.log", StackedLog.lines())) {
      SvgDocument svg = SvgDocument.parse(Timeline.of(trace(q)).svg());
      List<String> clocks = svg.elements("text", "clock").stream().map(Element::getTextContent).distinct().toList();
      assertEquals(List.of("09:41:07"), clocks);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"debug.log", "tt_buffer_debug.log"})
  void peaksAgreeWithThePeakUsageQuery(String sample) throws Exception {
    try (QueryFixture q = QueryFixture.open("sample:" + sample)) {
      List<String> fromQuery = q.rows("select device, buffer_type, peak_bytes, peak_seq, final_bytes from ("
          + QueryLibrary.standard().get("peak-usage").bind(Map.of()) + ") as p order by device, buffer_type");
      List<String> fromSweep = new ArrayList<>();
      for (LiveSeries s : LiveBytes.of(trace(q))) {
        fromSweep.add(String.format(Locale.ROOT, "device=%d; buffer_type=%s; peak_bytes=%d; peak_seq=%d; final_bytes=%d",
            s.device(), s.bufferType(), s.peakBytes(), s.peakSeq(), s.finalBytes()));
      }
      assertEquals(fromQuery, fromSweep);
    }
  }

  @Test
  void aLogWithoutAllocationsSaysSo() throws Exception {
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "⚠ [PID 1] Deallocation for unknown buffer 0x1000 on device 0 (allocated before tracking started)")) {
      assertEquals("Nothing to draw: the logs have no allocation.", SvgDocument.parse(Timeline.of(trace(q)).svg()).text("empty"));
    }
  }

  private static AnalyzedTrace trace(QueryFixture q) throws Exception {
    return Ttsql.traces(q.connection()).values().iterator().next();
  }
}
