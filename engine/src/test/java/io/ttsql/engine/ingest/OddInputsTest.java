package io.ttsql.engine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import io.ttsql.engine.parse.LineSplitter;
import io.ttsql.engine.testing.QueryFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each odd input of a real leak hunt gets a defined behaviour: what loads, and what is reported. */
class OddInputsTest {
  private static final String ALLOC = "✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)\n";
  private static final String FREE = "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)\n";

  @TempDir Path dir;

  @Test
  void gzipAndZstdAreReadWhateverTheFileIsCalled() throws Exception {
    byte[] log = (ALLOC + FREE).getBytes(StandardCharsets.UTF_8);
    Path gz = write("plain-name.log", gzip(log));
    Path zst = write("other.txt", zstd(log));
    for (Path p : List.of(gz, zst)) {
      try (QueryFixture q = QueryFixture.open(p.toString())) {
        assertEquals(List.of("kind=alloc", "kind=free"), q.rows("select kind from events order by seq"), p.toString());
        assertEquals("server", q.scalar("select format from sources"));
      }
    }
  }

  @Test
  void aPipeIsReadToItsEnd() throws Exception {
    // A named pipe stands for /dev/stdin and <(…): its size is 0 and it cannot seek, yet every
    // line written into it loads, gzip'd or not.
    for (byte[] log : List.of((ALLOC + FREE).getBytes(StandardCharsets.UTF_8), gzip((ALLOC + FREE).getBytes(StandardCharsets.UTF_8)))) {
      Path fifo = dir.resolve("pipe" + log.length);
      assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
      Thread writer = new Thread(() -> {
        try (OutputStream out = Files.newOutputStream(fifo)) {
          out.write(log);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      writer.start();
      try (QueryFixture q = QueryFixture.open(fifo.toString())) {
        assertEquals(List.of("kind=alloc", "kind=free"), q.rows("select kind from events order by seq"));
        assertEquals("lines=2; read_error=null", q.scalar("select 'lines=' || lines || '; read_error=' || coalesce(read_error, 'null') from sources"));
      }
      writer.join();
    }
  }

  @Test
  void aZstdFileCutShortOrWithTextAfterItSaysSoInWords() throws Exception {
    // The zstd library says "Truncated source" and "Unknown frame descriptor"; the file says what
    // happened, as for gzip, and the lines before load.
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=").append(i * 4096).append(")\n");
    }
    byte[] whole = zstd(lines.toString().getBytes(StandardCharsets.UTF_8));
    try (QueryFixture q = QueryFixture.open(write("cut.log.zst", Arrays.copyOf(whole, whole.length / 2)).toString())) {
      assertEquals("the file ends inside a zstd frame (cut short?)", q.scalar("select read_error from sources"));
      q.checkLineAccounting();
    }
    try (QueryFixture q = QueryFixture.open(write("appended.log.zst", concat(whole, FREE.getBytes(StandardCharsets.UTF_8))).toString())) {
      assertEquals("2000", q.scalar("select count(*) from events"));
      assertEquals("the bytes after a zstd frame are not zstd", q.scalar("select read_error from sources"));
    }
  }

  @Test
  void aZstdFileOpeningWithASkippableFrameIsZstd() throws Exception {
    // pzstd (parallel zstd) puts a skippable frame (magic 0x184D2A50, little-endian, a 4-byte
    // length, then that many bytes: where the next frame ends) before each frame, and zstd -d
    // reads such a file. It was taken for text: a few lines of binary junk, no events.
    byte[] skippable = {0x50, 0x2A, 0x4D, 0x18, 4, 0, 0, 0, 1, 2, 3, 4};
    byte[] log = (ALLOC + FREE).getBytes(StandardCharsets.UTF_8);
    byte[] framed = concat(skippable, zstd(ALLOC.getBytes(StandardCharsets.UTF_8)), skippable,
        zstd(FREE.getBytes(StandardCharsets.UTF_8)));
    try (QueryFixture q = QueryFixture.open(write("parallel.log.zst", framed).toString())) {
      assertEquals(List.of("kind=alloc", "kind=free"), q.rows("select kind from events order by seq"));
      assertEquals("format=server; bytes=" + log.length + "; read_error=null",
          q.scalar("select 'format=' || format || '; bytes=' || bytes || '; read_error=' || coalesce(read_error, 'null') from sources"));
    }
  }

  @Test
  void concatenatedGzipMembersReadAsOneFile() throws Exception {
    // cat a.gz b.gz > ab.gz: both members' lines load, in order.
    byte[] both = concat(gzip(ALLOC.getBytes(StandardCharsets.UTF_8)), gzip(FREE.getBytes(StandardCharsets.UTF_8)));
    try (QueryFixture q = QueryFixture.open(write("ab.gz", both).toString())) {
      assertEquals(List.of("kind=alloc", "kind=free"), q.rows("select kind from events order by seq"));
    }
  }

  @Test
  void textAfterTheLastGzipMemberIsAReadErrorNotDropped() throws Exception {
    // A line appended to a .gz file (echo … >> run.log.gz) is not gzip: the member before it
    // loads, and the file says why reading stopped rather than drop the line without a word.
    byte[] appended = concat(gzip(ALLOC.getBytes(StandardCharsets.UTF_8)), FREE.getBytes(StandardCharsets.UTF_8));
    try (QueryFixture q = QueryFixture.open(write("appended.log.gz", appended).toString())) {
      assertEquals(List.of("kind=alloc"), q.rows("select kind from events order by seq"));
      assertEquals("the bytes after gzip member 1 are not gzip", q.scalar("select read_error from sources"));
      q.checkLineAccounting();
    }
    // Zeros to the end are a block device's padding, which gzip -d ignores too; zeros and then
    // anything else are not gzip.
    byte[] padded = concat(gzip(ALLOC.getBytes(StandardCharsets.UTF_8)), new byte[20]);
    try (QueryFixture q = QueryFixture.open(write("padded.log.gz", padded).toString())) {
      assertEquals(List.of("kind=alloc"), q.rows("select kind from events order by seq"));
      assertEquals("null", q.scalar("select coalesce(read_error, 'null') from sources"));
    }
    byte[] zerosThenText = concat(padded, FREE.getBytes(StandardCharsets.UTF_8));
    try (QueryFixture q = QueryFixture.open(write("zeros-then-text.log.gz", zerosThenText).toString())) {
      assertEquals("the bytes after gzip member 1 are not gzip", q.scalar("select read_error from sources"));
    }
    // The first bytes of a second member's header, and then nothing: a member cut short.
    byte[] cutHeader = concat(gzip(ALLOC.getBytes(StandardCharsets.UTF_8)), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
    try (QueryFixture q = QueryFixture.open(write("cut-header.log.gz", cutHeader).toString())) {
      assertEquals(List.of("kind=alloc"), q.rows("select kind from events order by seq"));
      assertEquals("the file ends inside gzip member 2 (cut short?)", q.scalar("select read_error from sources"));
    }
    // Cut inside the first member's header: nothing loads, and the file says why, as for any cut.
    byte[] cutFirst = Arrays.copyOf(gzip(ALLOC.getBytes(StandardCharsets.UTF_8)), 7);
    try (QueryFixture q = QueryFixture.open(write("cut-first.log.gz", cutFirst).toString())) {
      assertEquals("0", q.scalar("select count(*) from events"));
      assertEquals("the file ends inside gzip member 1 (cut short?)", q.scalar("select read_error from sources"));
    }
  }

  @Test
  void aGzipFileCutShortKeepsTheLinesBeforeTheCutAndSaysWhyItStopped() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append(ALLOC).append(FREE);
    }
    byte[] whole = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
    byte[] cutBytes = Arrays.copyOf(whole, whole.length / 2);
    // What zcat gets out of the cut file: every byte the deflate data before the cut decodes to.
    // Its whole lines are events (one per line); the line the cut splits is a parse error.
    long wholeLines = decodableText(cutBytes).chars().filter(c -> c == '\n').count();
    assertTrue(wholeLines > 100 && wholeLines < 4000, "the cut falls inside the text: " + wholeLines);
    try (QueryFixture q = QueryFixture.open(write("cut.log.gz", cutBytes).toString())) {
      assertEquals(String.valueOf(wholeLines), q.scalar("select count(*) from events"));
      assertEquals("the file ends inside gzip member 1 (cut short?)", q.scalar("select read_error from sources"));
      q.checkLineAccounting();
    }
  }

  @Test
  void crlfLineEndsParseLikeLf() throws Exception {
    Path crlf = write("crlf.log", (ALLOC + FREE).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    try (QueryFixture q = QueryFixture.open(crlf.toString())) {
      assertEquals(List.of("kind=alloc; ref_count=1", "kind=free; ref_count=0"),
          q.rows("select kind, ref_count from events order by seq"));
      assertEquals("0", q.scalar("select count(*) from parse_errors"));
    }
  }

  @Test
  void invalidUtf8AndBinaryJunkBecomeParseErrorsWithReplacementCharacters() throws Exception {
    byte[] junk = {'a', (byte) 0xff, (byte) 0xfe, 0, 1, 2, 'z', '\n'};
    Path log = write("junk.log", concat(ALLOC.getBytes(StandardCharsets.UTF_8), junk, FREE.getBytes(StandardCharsets.UTF_8)));
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      // The junk is line 2; the events around it load.
      assertEquals(List.of("line=1; kind=alloc", "line=3; kind=free"), q.rows("select line, kind from events order by seq"));
      assertEquals("a\uFFFD\uFFFD\u0000\u0001\u0002z", q.scalar("select text from parse_errors where line = 2"));
    }
  }

  @Test
  void aLineOfSeveralMegabytesIsOneParseErrorKeepingItsStart() throws Exception {
    byte[] huge = new byte[5 * LineSplitter.MAX_LINE_BYTES];
    Arrays.fill(huge, (byte) 'x');
    Path log = write("huge.log", concat(ALLOC.getBytes(StandardCharsets.UTF_8), huge, "\n".getBytes(StandardCharsets.UTF_8),
        FREE.getBytes(StandardCharsets.UTF_8)));
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      assertEquals(List.of("line=1; kind=alloc", "line=3; kind=free"), q.rows("select line, kind from events order by seq"));
      assertEquals(List.of("line=2; len=4096"), q.rows("select line, char_length(text) as len from parse_errors"));
      assertTrue(q.scalar("select reason from parse_errors").startsWith("line longer than 1 MiB"));
      q.checkLineAccounting();
    }
  }

  @Test
  void anEmptyFileLoadsAsNothing() throws Exception {
    try (QueryFixture q = QueryFixture.open(write("empty.log", new byte[0]).toString())) {
      assertEquals(List.of("format=unknown; lines=0; events=0; parse_errors=0"),
          q.rows("select format, lines, events, parse_errors from sources"));
    }
  }

  @Test
  void theSameFileGivenTwiceIsLoadedOnce() throws Exception {
    Path log = write("debug.log", (ALLOC + FREE).getBytes(StandardCharsets.UTF_8));
    String alias = dir.resolve(".").resolve("debug.log").toString();
    try (QueryFixture q = QueryFixture.open(log + ";" + alias)) {
      assertEquals("1", q.scalar("select count(*) from sources"));
      assertEquals("2", q.scalar("select count(*) from events"));
    }
    // In two schemas it is two runs side by side: each loads it.
    try (QueryFixture q = QueryFixture.open("a=" + log + ";b=" + log)) {
      assertEquals("2", q.scalar("select count(*) from b.events"));
    }
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** The text java.util.zip decodes from a gzip file cut short, up to the cut. */
  private static String decodableText(byte[] cutGzip) throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(cutGzip))) {
      byte[] buffer = new byte[4096];
      for (int n; (n = in.read(buffer)) > 0; ) {
        text.write(buffer, 0, n);
      }
    } catch (EOFException e) {
      // the cut: what came before it is in text
    }
    return text.toString(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] zstd(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new ZstdOutputStream(out)) {
      z.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
