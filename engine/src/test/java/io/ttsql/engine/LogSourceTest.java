package io.ttsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening one log file. */
class LogSourceTest {
  @TempDir Path dir;

  @Test
  void aFileStillBeingWrittenIsReadUpToItsSizeWhenOpened() throws IOException {
    Path log = Files.writeString(dir.resolve("growing.log"), "first line\n", StandardCharsets.UTF_8);
    try (LogSource.Opened opened = new LogSource(log.toString()).open()) {
      // The server goes on writing after ttsql opened the file: the new line is not read.
      Files.writeString(log, "written later\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      assertEquals(11, opened.size());
      assertEquals("first line\n", new String(opened.in().readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFileWhoseSizeIsZeroIsReadToItsEnd() throws IOException {
    // /proc's files say they hold 0 bytes: capped at that size, their lines were lost silently.
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isReadable(status), "no /proc here");
    assertEquals(0, Files.size(status));
    try (LogSource.Opened opened = new LogSource(status.toString()).open()) {
      assertEquals(-1, opened.size());
      String text = new String(opened.in().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(text.startsWith("Name:"), text);
    }
  }

  @Test
  void aFileCutWhileItIsReadSaysSo() throws IOException {
    // 1 MB when opened; logrotate's copytruncate empties it while ttsql reads: reading ends with
    // what was already buffered, and the bytes it never got are reported, not lost silently.
    Path log = Files.writeString(dir.resolve("rotated.log"), "0123456789abcde\n".repeat(1 << 16), StandardCharsets.UTF_8);
    try (LogSource.Opened opened = new LogSource(log.toString()).open()) {
      try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
        channel.truncate(0);
      }
      int read = opened.in().readAllBytes().length;
      assertTrue(read < 1 << 20, "read " + read);
      assertEquals(String.format(Locale.ROOT, "the file shrank while it was read: only %,d of its 1,048,576 bytes were read", read),
          opened.readError(read));
      assertNull(opened.readError(1 << 20));
    }
  }
}
