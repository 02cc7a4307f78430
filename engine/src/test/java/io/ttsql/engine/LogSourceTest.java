package io.ttsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
}
