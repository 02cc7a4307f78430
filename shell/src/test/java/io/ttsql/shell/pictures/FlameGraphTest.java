package io.ttsql.shell.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The flame graph of {@link StackedLog}, whose weights per stack are worked out in its javadoc. */
class FlameGraphTest {
  @TempDir Path dir;

  private FlameGraph graph(FlameWeight weight, String condition) throws Exception {
    try (QueryFixture q = QueryFixture.ofLog(dir, "tt_buffer_debug.log", StackedLog.lines())) {
      return FlameGraph.read(q.connection(), weight, condition);
    }
  }

  @Test
  void foldedStacksRunFromTheOutermostCallerToFrameZero() throws Exception {
    assertEquals(StackedLog.FOLDED_LEAKED_BYTES, graph(FlameWeight.LEAKED_BYTES, null).folded());
  }

  @Test
  void eachWeightCountsWhatItSays() throws Exception {
    // Leaks: 1 on MATMUL (seq 4), 2 on CONCAT. Bytes: MATMUL 3072 + 2048, CONCAT 8192 + 4096.
    // Allocations: 2 on each stack.
    assertEquals(List.of(1L, 2L), weights(graph(FlameWeight.LEAKS, null).folded()));
    assertEquals(List.of(5120L, 12288L), weights(graph(FlameWeight.BYTES, null).folded()));
    assertEquals(List.of(2L, 2L), weights(graph(FlameWeight.ALLOCATIONS, null).folded()));
  }

  @Test
  void whereSelectsTheLifetimes() throws Exception {
    // Device 1 holds only the MATMUL allocations: 3072 + 2048 bytes.
    assertEquals(List.of(5120L), weights(graph(FlameWeight.BYTES, "device = 1").folded()));
    BadConditionException e = assertThrows(BadConditionException.class, () -> graph(FlameWeight.BYTES, "colour = 'red'"));
    assertEquals("--where \"colour = 'red'\": Column 'colour' not found in any table", e.getMessage());
  }

  @Test
  void lifetimesWithoutAStackGoUnderOneFrame() throws Exception {
    // A server log has no stacks: its two unfreed allocations (4096 + 8192 bytes) are one (no stack) frame.
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 7] Allocated 8192 bytes of DRAM on device 1 (buffer_id=0x2000)",
        "✓ [PID 7] Allocated 1024 bytes of DRAM on device 1 (buffer_id=0x3000)",
        "✗ [PID 7] Freed buffer 0x3000 on device 1 (1024 bytes, FINAL)")) {
      FlameGraph graph = FlameGraph.read(q.connection(), FlameWeight.LEAKED_BYTES, null);
      assertEquals("(no stack) 12288\n", graph.folded());
      SvgDocument svg = SvgDocument.parse(graph.svg());
      assertEquals("12 KB (12,288 bytes) in all, from 3 lifetimes (all); 3 without a call stack, under (no stack)",
          svg.text("subtitle"));
      assertTrue(svg.text("details").startsWith("No lifetime has a call stack"), svg.text("details"));
    }
  }

  @Test
  void svgHasEveryFrameWithItsWeightShareAndPlace() throws Exception {
    SvgDocument svg = SvgDocument.parse(graph(FlameWeight.LEAKED_BYTES, null).svg());
    assertEquals("Leaked bytes by call stack", svg.text("title"));
    assertEquals("14 KB (14,336 bytes) in all, from 4 lifetimes (all)", svg.text("subtitle"));
    Map<String, Element> frames = new TreeMap<>();
    for (Element g : svg.elements("g", "f")) {
      frames.put(g.getAttribute("data-n") + " @" + g.getAttribute("data-l"), g);
    }
    // Levels: 0 the root; MATMUL has 5 frames (levels 1-5), CONCAT 4 (levels 1-4): 9 frames + root.
    assertEquals(10, frames.size(), frames.keySet().toString());
    Element root = frames.get("all @0");
    assertEquals("14336", root.getAttribute("data-v"));
    assertEquals("all\n14 KB (14,336 bytes), 100.00% of all", SvgDocument.title(root));
    // CONCAT's frame 0: 12288 of 14336 bytes = 85.71%, 1180 px * 12288 / 14336 = 1011.43 px wide.
    Element concatTop = frames.get("tt::tt_metal::Buffer::create @4");
    assertEquals("tt::tt_metal::Buffer::create\n12 KB (12,288 bytes), 85.71% of all", SvgDocument.title(concatTop));
    assertEquals("1011.43", SvgDocument.child(concatTop, "rect").getAttribute("width"));
    Element template = frames.get("tt::tt_metal::tensor_impl::to_device<bfloat16> @3");
    assertEquals("12288", template.getAttribute("data-v"));
    // MATMUL's frame 0 sits at level 5; the raw-address caller sorts first, so MATMUL starts at x = 10.
    Element matmulTop = frames.get("tt::tt_metal::Buffer::create @5");
    assertEquals("2048", matmulTop.getAttribute("data-v"));
    assertEquals("10", SvgDocument.child(frames.get("[0x7f2c19a3e1b4] @1"), "rect").getAttribute("x"));
    // The root is drawn at the bottom, frame 0 of the deepest stack at the top.
    assertTrue(y(root) > y(frames.get("_PyEval_EvalFrameDefault @1")));
    assertTrue(y(frames.get("[_ttnn.so] @3")) > y(matmulTop));
  }

  @Test
  void weightsAddUpPastABigintExactly() throws Exception {
    // Two leaks of 2^63-1 bytes on MATMUL (garbage sizes) and 1 KB on another stack: MATMUL
    // weighs 2^64-2 = 18,446,744,073,709,551,614 bytes, and all 2^64+1022 (16 EB), each beyond a
    // BIGINT. A BIGINT sum of MATMUL's two read -2, and the stack was left out: the total read 1 KB.
    long max = Long.MAX_VALUE;
    try (QueryFixture q = QueryFixture.ofLog(dir, "tt_buffer_debug.log", DebugLogBlocks.lines(
        StackedLog.allocated(0, 0x1000, max, "0x55f3b41c9e80", StackedLog.MATMUL),
        StackedLog.allocated(0, 0x2000, max, "0x55f3b41ca0f0", StackedLog.MATMUL),
        StackedLog.allocated(0, 0x3000, 1024, "0x55f3b41ca360", List.of("python3: _PyEval_EvalFrameDefault"))))) {
      FlameGraph graph = FlameGraph.read(q.connection(), FlameWeight.LEAKED_BYTES, null);
      SvgDocument svg = SvgDocument.parse(graph.svg());
      assertEquals("16 EB (18,446,744,073,709,552,638 bytes) in all, from 3 lifetimes (all)", svg.text("subtitle"));
      assertTrue(graph.folded().contains(" 18446744073709551614\n"), graph.folded());
    }
  }

  @Test
  void aStackTooNarrowToDrawTakesNoRows() throws Exception {
    // 16 MB leak on CONCAT (4 frames) and a 1-byte leak on a 40-frame stack: 1180 px * 1 / 16,777,217
    // is far under the 0.1 px a frame needs to be drawn, so only the root and CONCAT's 4 levels
    // are: CONCAT's frame 0 is the top row (y 76, under the links) and the picture is
    // 76 + 5 rows of 17 px + 52 = 213 px high, not 36 empty rows higher.
    List<String> deep = IntStream.rangeClosed(1, 40).mapToObj(i -> "python3: deep_frame_" + i).toList();
    try (QueryFixture q = QueryFixture.ofLog(dir, "tt_buffer_debug.log", DebugLogBlocks.lines(
        StackedLog.allocated(0, 0x1000, 16777216, "0x55f3b41ca0f0", StackedLog.CONCAT),
        StackedLog.allocated(0, 0x2000, 1, "0x55f3b41ca360", deep)))) {
      SvgDocument svg = SvgDocument.parse(FlameGraph.read(q.connection(), FlameWeight.LEAKED_BYTES, null).svg());
      assertEquals(5, svg.elements("g", "f").size());
      assertEquals(76.0, svg.elements("g", "f").stream().mapToDouble(FlameGraphTest::y).min().orElseThrow());
      assertEquals("213", svg.root().getAttribute("height"));
    }
  }

  @Test
  void nothingToDrawOffersNoLinksHintOrLegend() throws Exception {
    // The one freed lifetime (MATMUL's, seqs 0-1) leaked nothing, so no frame is drawn: the
    // picture says so, and has no Search or Reset zoom link, no hint to hover a frame, no legend.
    SvgDocument svg = SvgDocument.parse(graph(FlameWeight.LEAKED_BYTES, "end_reason = 'freed'").svg());
    assertEquals("Nothing to draw: the selected lifetimes have no leaked bytes.", svg.text("empty"));
    assertEquals(List.of(), svg.elements("text", "search"));
    assertEquals(List.of(), svg.elements("text", "reset"));
    assertEquals("", svg.text("details"));
    assertEquals(List.of(), svg.elements("g", "legend"));
  }

  @Test
  void narrowFramesShowTheShortNameOrACutOne() {
    FrameLabel label = FrameLabel.of("/lib/_ttnn.so", "ttnn::operations::matmul::Matmul::create_output_tensors");
    assertEquals("Matmul::create_output_tensors", label.shortName());
    // Room for floor((width - 6) / 7.3) characters: 29 at 218 px, 10 at 80 px, 2 at 21 px.
    assertEquals(label.name(), LabelFit.fit(label, 1000));
    assertEquals("Matmul::create_output_tensors", LabelFit.fit(label, 218));
    assertEquals("Matmul::c…", LabelFit.fit(label, 80));
    assertEquals("", LabelFit.fit(label, 21));
    assertEquals("[_ttnn.so]", FrameLabel.of("/lib/_ttnn.so", "").name());
  }

  @Test
  void theScriptRunsInAStandaloneSvg() throws Exception {
    Optional<Chromium> chromium = Chromium.find(dir);
    assumeTrue(chromium.isPresent(),
        "chromium not found: install Debian's chromium package (apt-get install -y chromium) to run this test");
    Path file = dir.resolve("flame.svg");
    Files.writeString(file, graph(FlameWeight.LEAKED_BYTES, null).svg(), StandardCharsets.UTF_8);
    assertTrue(chromium.get().dumpDom(file).contains("data-ready=\"true\""), "the script found its svg and ran");
  }

  private static double y(Element frame) {
    return Double.parseDouble(SvgDocument.child(frame, "rect").getAttribute("y"));
  }

  private static List<Long> weights(String folded) {
    return folded.lines().map(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1))).toList();
  }
}
