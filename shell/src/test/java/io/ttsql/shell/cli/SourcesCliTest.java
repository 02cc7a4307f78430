package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .sources}: what was loaded from each file, and what was not. */
class SourcesCliTest {
  @TempDir Path dir;

  @Test
  void aFileCutShortSaysWhyReadingStopped() throws IOException {
    // 3,000 allocation lines compress to far more than 2,000 bytes: the file cut there ends inside
    // its one gzip member. The warning at load goes by; .sources keeps the reason with the file.
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      log.append("✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=").append(i * 4096).append(")\n");
    }
    ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
      out.write(log.toString().getBytes(StandardCharsets.UTF_8));
    }
    Path cut = Files.write(dir.resolve("debug.log.gz"), Arrays.copyOf(gzipped.toByteArray(), 2000));

    CliRun run = CliRun.of("--format", "csv", "-c", ".sources", cut.toString());

    assertEquals(0, run.status(), run.err());
    String[] header = run.out().lines().findFirst().orElseThrow().split(",");
    String[] row = run.out().lines().skip(1).findFirst().orElseThrow().split(",");
    assertEquals("read_error", header[6]);
    assertEquals("the file ends inside gzip member 1 (cut short?)", row[6]);
  }
}
