package io.ttsql.engine.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading suppressions files: comments, blank lines, and errors that name file:line. */
class SuppressionsTest {
  @TempDir Path dir;

  @Test
  void readsLeakLinesSkippingCommentsAndBlankLines() {
    Suppressions s = Suppressions.parse("s.txt", String.join("\n",
        "# accepted leaks",
        "",
        "leak:setup_cb_buffers",
        "   leak:  ^ttnn::*::to_device$  ",
        "\t# indented comment",
        "leak:tt::tt_metal::Foo::bar\r",
        ""));
    assertEquals(List.of("setup_cb_buffers", "^ttnn::*::to_device$", "tt::tt_metal::Foo::bar"),
        s.patterns().stream().map(LeakPattern::text).toList());
    assertEquals(List.of(), Suppressions.parse("empty.txt", "").patterns());
    assertEquals(List.of(), Suppressions.none().patterns());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      leak:a¶race:b             | s.txt:2: unknown suppression type 'race' (only leak:FUNCTION_PATTERN is supported): race:b
      #x¶¶tt::tt_metal::Foo     | s.txt:3: unknown suppression type 'tt' (only leak:FUNCTION_PATTERN is supported): tt::tt_metal::Foo
      setup_cb_buffers          | s.txt:1: not a suppression (leak:FUNCTION_PATTERN): setup_cb_buffers
      leak:                     | s.txt:1: leak: needs a function pattern
      LEAK:x                    | s.txt:1: unknown suppression type 'LEAK' (only leak:FUNCTION_PATTERN is supported): LEAK:x
      """)
  void aBadLineIsAnErrorNamingFileAndLine(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Suppressions.parse("s.txt", text.replace('¶', '\n')));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped() throws IOException {
    // A file saved by a Windows editor starts with EF BB BF, as logs and scripts may; they skip it.
    // Read with the pattern, the first line's type was U+FEFF "leak", refused as an unknown type
    // that printed as 'leak'.
    Path file = Files.write(dir.resolve("bom.supp"),
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'l', 'e', 'a', 'k', ':', 'a', '\r', '\n'});
    assertEquals(List.of("a"), Suppressions.read(file).patterns().stream().map(LeakPattern::text).toList());
  }

  @Test
  void readsAFileAndSaysWhyOneCannotBeRead() throws IOException {
    Path file = Files.writeString(dir.resolve("ok.supp"), "leak:a\n", StandardCharsets.UTF_8);
    assertEquals("a", Suppressions.read(file).patterns().get(0).text());
    assertEquals("no such file", assertThrows(IOException.class, () -> Suppressions.read(dir.resolve("nope"))).getMessage());
    assertEquals("is a directory", assertThrows(IOException.class, () -> Suppressions.read(dir)).getMessage());
    Path binary = Files.write(dir.resolve("bin.supp"), new byte[] {'l', 'e', 'a', 'k', ':', (byte) 0xff});
    assertEquals("not UTF-8 text", assertThrows(IOException.class, () -> Suppressions.read(binary)).getMessage());
    Path bad = Files.writeString(dir.resolve("bad.supp"), "leak:a\nfun:b\n", StandardCharsets.UTF_8);
    assertEquals(bad + ":2: unknown suppression type 'fun' (only leak:FUNCTION_PATTERN is supported): fun:b",
        assertThrows(IllegalArgumentException.class, () -> Suppressions.read(bad)).getMessage());
  }
}
