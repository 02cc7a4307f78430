package io.ttsql.shell.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-page report: its sections, escaping of what comes from the logs, and how Chromium shows it. */
class ReportTest {
  @TempDir Path dir;

  private String report(String spec) throws Exception {
    try (QueryFixture q = QueryFixture.open(spec)) {
      return Report.html(q.connection(), Ttsql.traces(q.connection()).values().iterator().next(), "ttsql test", List.of());
    }
  }

  @Test
  void holdsTheSavedQueriesAndBothPictures() throws Exception {
    String html = report("sample:tt_buffer_debug.log");
    assertTrue(html.contains("<title>ttsql report: sample:tt_buffer_debug.log</title>"));
    for (String id : List.of("summary", "leaks-by-callsite", "size-histogram", "timeline", "flamegraph")) {
      assertTrue(html.contains("<section id=\"" + id + "\">"), id);
    }
    // leaks-by-callsite's first row: the 8 trace buffers of populate_mesh_buffer, 16 MB (samples/README.md).
    assertTrue(html.contains("<td class=\"c-callsite\">tt::tt_metal::distributed::MeshTrace::populate_mesh_buffer</td>"
        + "<td class=\"number c-leaks\">8</td><td class=\"number c-leaked_bytes\">16,777,216</td>"), html);
    assertTrue(html.contains("class=\"ttsql-timeline\"") && html.contains("class=\"ttsql-flame\""));
    assertFalse(html.replace(SvgDocument.SVG_NS, "").contains("http"), "no address: nothing is fetched");
  }

  @Test
  void theHintToSeeAllRowsIsACommandThatCanBePasted() {
    // The hint names the logs as a shell reads them back: plain paths as they are, others quoted.
    assertEquals("debug.log", Report.shellWord("debug.log"));
    assertEquals("'my dir/a b.log'", Report.shellWord("my dir/a b.log"));
    assertEquals("'it'\\''s.log'", Report.shellWord("it's.log"));
  }

  @Test
  void escapesWhatComesFromTheLogs() throws Exception {
    Path log = QueryFixture.writeLog(dir, "tt<buffer>&debug.log", DebugLogBlocks.lines(StackedLog.allocated(0, 0x1000, 4096,
        "0x55f3b41c9e80", List.of("/lib/libevil.so: evil<script>alert(1)</script>::f(int)"))));
    String html = report(log.toString());
    assertFalse(html.contains("<script>alert"), "a symbol never becomes markup");
    assertTrue(html.contains("evil&lt;script&gt;alert(1)&lt;/script&gt;::f"));
    assertTrue(html.contains("<title>ttsql report: " + Markup.escape(log.toString()) + "</title>"));
  }

  @Test
  void chromiumShowsTheReport() throws Exception {
    Optional<Chromium> chromium = Chromium.find(dir);
    assumeTrue(chromium.isPresent(),
        "chromium not found: install Debian's chromium package (apt-get install -y chromium) to run this test");
    Path page = dir.resolve("report.html");
    Files.writeString(page, report("sample:tt_buffer_debug.log"), StandardCharsets.UTF_8);

    BufferedImage shot = ImageIO.read(chromium.get().screenshot(page).toFile());
    assertEquals(1200, shot.getWidth());
    long inked = 0;
    for (int y = 0; y < shot.getHeight(); y++) {
      for (int x = 0; x < shot.getWidth(); x++) {
        inked += (shot.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
      }
    }
    // Headings, tables and the timeline fill the first 1600 px; a blank page would have no ink.
    long pixels = (long) shot.getWidth() * shot.getHeight();
    assertTrue(inked > pixels / 50, inked + " of " + pixels + " pixels are not white");

    String dom = chromium.get().dumpDom(page);
    Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(dom);
    assertTrue(title.find(), dom);
    assertEquals("ttsql report: sample:tt_buffer_debug.log", title.group(1));
    // The flame graph's script ran inside the page and marked its svg.
    assertTrue(dom.contains("data-ready=\"true\""), "the flame graph's script ran");
  }
}
